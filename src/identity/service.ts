/** Identity's public face: who may call, and how they prove it. */
export {
  createOperatorToken,
  revokeOperatorToken,
  demoOperatorToken,
  operatorResolver,
} from './operator-tokens.ts';
