import type { zhErrors } from '../zh-TW/errors';

export const enErrors: Record<keyof typeof zhErrors, string> = {
  'error.invalid_input': 'Some input is not in the right format. Check the marked fields and try again.',
  'error.unauthenticated': 'You are not signed in or your session has ended. Please sign in again.',
  'error.forbidden': 'Your roles do not allow this. Ask your administrator if you need it.',
  'error.session_locked': 'The screen is locked. Unlock it with your password and try again.',
  'error.bad_credentials': 'Wrong username or password. Try again; after several failures sign-in is paused.',
  'error.locked_out': 'Too many failed attempts. Try again in {seconds} seconds. Forgot your password? Ask your administrator.',
  'error.locked_out_generic': 'Too many failed attempts. Try again later. Forgot your password? Ask your administrator.',
  'error.setup_required': 'First-run set-up is not done yet. Create the administrator account first.',
  'error.setup_done': 'First-run set-up has already been completed. Please sign in.',
  'error.not_found': 'The requested data or function was not found. Refresh and try again.',
  'error.rejected': 'The change was refused. Check it and try again.',
  'error.db_unavailable': 'The database is unavailable. Close BranchDesk and open it again; if this persists, contact your administrator.',
  'error.internal': 'An unexpected error occurred; your input is still on screen. Try again later; if it persists, contact your administrator.',
  'error.unlock_bad_password': 'Wrong password. Try again; after several failures you will be signed out.',
  'error.current_password_wrong': 'The current password is wrong. Enter it again.',
};
