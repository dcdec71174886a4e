/** One month of revenue by line type, as `revenueByMonth` gives it and the chart draws; cents. */
export interface RevenueMonth {
  /** YYYY-MM */
  month: string;
  subscriptionCents: number;
  monitoringCents: number;
  stateFeesCents: number;
}
