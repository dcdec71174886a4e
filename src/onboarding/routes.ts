/**
 * Onboarding's routes as the staff pages need them: an agreement is negotiated by two sides on
 * the same routes, and the register authority's side is registered by src/backoffice. Only
 * src/app.ts and src/backoffice import route files.
 */
export {
  ReferenceParams as AgreementReferenceParams,
  registerNegotiationRoutes,
  wantsPage,
} from './agreement-http.tsx';
export { clarificationStep, requestPage, type RequestPageProps } from './request-page.tsx';
