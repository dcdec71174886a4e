/** What happened in an agreement's negotiation that the other side is told of. */
export type AgreementEvent =
  | { kind: 'drafted' }
  | { kind: 'version'; number: number }
  | { kind: 'comment'; commentId: number; version: number }
  | { kind: 'approval'; version: number }
  | { kind: 'concluded'; version: number }
  | { kind: 'amendment'; amendmentReference: string }
  | { kind: 'superseded'; by: string }
  | { kind: 'terminated'; from: string; reason: string };
