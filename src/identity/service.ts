/** Identity's public face: who may call, and how they prove it. */
export {
  createOperatorToken,
  revokeOperatorToken,
  demoOperatorToken,
  operatorResolver,
} from './operator-tokens.ts';
export {
  sessionResolver,
  installSessions,
  SESSION_COOKIE,
  IDLE_TIMEOUT_MS,
  ABSOLUTE_LIMIT_MS,
} from './sessions.ts';
export { installCsrf, formCsrfToken, CSRF_FIELD } from './csrf.ts';
export {
  createStaffUser,
  demoStaffTotpSecret,
  ensureDemoStaffMember,
  loadDemoStaff,
  reissueStaffTotp,
  type IssuedTotp,
  DEMO_STAFF_EMAIL,
  MIN_PASSWORD_LENGTH,
  type NewStaffUser,
  type DemoStaffSignIn,
} from './staff-accounts.ts';
export { SIGN_IN_METHODS, signInMethodInfo, type SignInMethodInfo } from './sign-in-methods.ts';
export { safeReturnPath } from './return-path.ts';
export { identityErrors } from './errors.ts';
export type { TestPerson } from './dev-idp/test-persons.ts';
export { connectionErrors } from './connection-errors.ts';
export {
  verifyAccessToken,
  forgetConnection,
  forgetAllConnections,
  CONNECTION_CHANGE_CHANNELS,
  connectionChangeHandlers,
  ACCESS_TOKEN_SECONDS,
  type AccessTokenClaims,
  type AccessTokenDeps,
} from './access-tokens.ts';
export {
  changeConnectionStatus,
  CLIENT_ID_PATTERN,
  KEY_EXPIRY_WARNING_DAYS,
} from './connections.ts';
export {
  connectionDetails,
  connectionsForStaff,
  organisationConnections,
  type ConnectionView,
  type KeyView,
} from './connection-reader.ts';
export { TOKEN_PATH } from './oauth-token.ts';
export {
  KEY_EXPIRY_CHECK_JOB,
  keyExpiryCheckJob,
  runKeyExpiryCheck,
  scheduleKeyExpiryCheck,
} from './key-expiry-check.ts';
export type { ConnectionStatus } from './tables.ts';
export { systemClientResolver } from './system-client-resolver.ts';
export {
  listOrgUsers,
  findOrgUser,
  orgUserEmailTaken,
  validateNewUser,
  type OrgUser,
  type OrgUserActor,
  type OrgUserDeps,
} from './org-user-records.ts';
export { inviteOrgUser, createActiveOrgUser, SETUP_LINK_VALID_MS } from './org-user-setup.ts';
export {
  verifyOrgSignIn,
  MAX_FAILED_ATTEMPTS as ORG_MAX_FAILED_ATTEMPTS,
} from './org-user-sign-in.ts';
export {
  resetOrgUserAccess,
  unblockOrgUser,
  disableOrgUser,
  setResponsibleUser,
  assertManager,
} from './org-user-admin.ts';
export {
  addBrowserUser,
  approveUserRequest,
  refuseUserRequest,
  listUserRequests,
  type UserRequest,
} from './org-users.ts';
export { ORGANISATION_SECTIONS, sectionsFor, type OrganisationSection } from './org-sections.ts';
export { organisationNavigation } from './org-navigation.ts';
export { staffNavigation } from './staff-navigation.ts';
export { STAFF_SECTIONS } from './staff-sections.ts';
export {
  newTotpSecret,
  totpCode,
  sealTotpSecret,
  openTotpSecret,
  acceptedTotpStep,
} from './totp.ts';
export { hashPassword } from './staff-accounts.ts';
export { pmlpOfficerEmails } from './staff-store.ts';
export { subscriptionUsers } from './subscription-users.ts';
