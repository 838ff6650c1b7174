import type { VehicleRequestStatus } from '../../../shared/domain/vehicle';

/**
 * What the 使用汽車申請單 renderer needs: the request with names resolved (unit, applicant, car,
 * driver, approver), so the renderer never reads the database. Status follows
 * shared/domain/vehicle.ts: pending (待核), approved (核准, with car and driver), returned (退回, with a
 * reason), cancelled (已取消).
 *
 * Render with `renderVehicleRequestForm(input): Promise<Buffer>` from ./vehicle-request-form; it
 * throws when the status does not match the approval/return facts (a caller's bug).
 */

/** The secretariat's approval, printed in 秘書室核派. */
export interface VehicleApproval {
  vehiclePlate: string;
  /** Model and seats as the fleet list has them, e.g. Toyota Altis（5人座）; '' when unknown. */
  vehicleDescription: string;
  /** '' when the applicant drives (no driver needed). */
  driverName: string;
  approverName: string;
  /** ISO time of the decision. */
  approvedAt: string;
}

/** The secretariat's refusal, printed in place of the approval. */
export interface VehicleReturn {
  reason: string;
  returnedBy: string;
  /** ISO time of the decision. */
  returnedAt: string;
}

export interface VehicleRequestFormInput {
  /** The office, e.g. 經濟部標準檢驗局臺南分局. */
  branchName: string;
  /** The request id, printed as 申請單號 and in the footer. */
  requestId: string;
  status: VehicleRequestStatus;
  /** 申請單位 and 申請人. */
  unitName: string;
  applicantName: string;
  /** ISO time the request was filed (申請日期). */
  filedAt: string;
  /** 用車起訖時間 (ISO). */
  startAt: string;
  endAt: string;
  /** 前往地點. */
  destination: string;
  /** 事由. */
  purpose: string;
  /** 乘車人員 (names; the count is printed too). */
  passengers: string[];
  /** 是否需派駕駛. */
  driverNeeded: boolean;
  /** The visit the car is for, e.g. 峯綉電機股份有限公司 到廠服務; '' when filed on its own. */
  visitNote: string;
  /** Present exactly when status is approved. */
  approval: VehicleApproval | null;
  /** Present exactly when status is returned. */
  returned: VehicleReturn | null;
  /** 出發／返回里程 (km, whole numbers); null = blank (filled by hand or later). */
  odometerOut: number | null;
  odometerIn: number | null;
  /** Print time: footer and PDF dates, so the same input gives the same bytes. */
  printedAt: Date;
  /** Where to read the TTFs from instead of node_modules (the packaged app's resources/fonts). */
  fontDir?: string;
}
