import type { openReportForStaff } from '../residents/service.ts';

export type ReportForStaffView = Awaited<ReturnType<typeof openReportForStaff>>;
