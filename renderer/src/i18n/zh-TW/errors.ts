/** What the user sees for each boundary error code: what happened, what to do. */
export const zhErrors = {
  'error.invalid_input': '輸入的資料格式不正確，請檢查標示的欄位後再試一次。',
  'error.unauthenticated': '您尚未登入或登入已結束，請重新登入。',
  'error.forbidden': '您的角色沒有權限執行此操作。如需使用，請洽系統管理者。',
  'error.session_locked': '畫面已鎖定，請輸入密碼解鎖後再試一次。',
  'error.bad_credentials': '帳號或密碼錯誤，請再試一次。連續輸入錯誤多次將暫停登入。',
  'error.locked_out': '登入失敗次數過多，請於 {seconds} 秒後再試。若忘記密碼，請洽系統管理者重新設定。',
  'error.locked_out_generic': '登入失敗次數過多，請稍後再試。若忘記密碼，請洽系統管理者重新設定。',
  'error.setup_required': '尚未完成首次使用設定，請先建立系統管理者帳號。',
  'error.setup_done': '首次使用設定已由其他人完成，請直接登入。',
  'error.not_found': '找不到要求的資料或功能，請重新整理後再試。',
  'error.rejected': '系統拒絕了這項變更，請檢查內容後再試一次。',
  'error.db_unavailable': '資料庫目前無法使用，請關閉 BranchDesk 後重新開啟；若仍發生，請洽系統管理者。',
  'error.internal': '系統發生未預期的錯誤，您的輸入仍保留在畫面上。請稍後再試；若持續發生，請洽系統管理者。',
  'error.unlock_bad_password': '密碼錯誤，請再試一次。連續錯誤多次將登出，需重新登入。',
  'error.current_password_wrong': '目前密碼錯誤，請重新輸入。',
} as const;
