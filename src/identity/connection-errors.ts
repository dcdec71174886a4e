import { defineErrors } from '../platform/errors.ts';

/** Refusals about system connections, their keys, the token endpoint and access tokens. */
export const connectionErrors = defineErrors({
  connection_name_missing: {
    status: 400,
    lv: 'Norādiet savienojuma nosaukumu (līdz 100 rakstzīmēm).',
    en: 'Give the connection a name (up to 100 characters).',
  },
  environment_not_agreed: {
    status: 400,
    lv: 'Šai videi nav spēkā esoša līguma. Izvēlieties vidi, ko piešķir noslēgtais līgums.',
    en: 'No agreement in force grants this environment. Choose one the concluded agreement grants.',
  },
  jwk_invalid: {
    status: 400,
    lv: 'Publiskajai atslēgai jābūt derīgam JWK JSON objektam.',
    en: 'The public key must be a valid JWK JSON object.',
  },
  jwk_not_public: {
    status: 400,
    lv: 'Atslēgā ir privātas vai simetriskas daļas. Iesniedziet tikai publisko atslēgu.',
    en: 'The key holds private or symmetric parts. Give the public key only.',
  },
  jwk_unsupported: {
    status: 400,
    lv: 'Atbalstītas ir RSA (vismaz 2048 biti), EC P-256/P-384 un Ed25519 publiskās atslēgas.',
    en: 'Supported are RSA (at least 2048 bits), EC P-256/P-384 and Ed25519 public keys.',
  },
  key_expiry_invalid: {
    status: 400,
    lv: 'Norādiet atslēgas derīguma beigu datumu nākotnē, ne vēlāk kā pēc 2 gadiem.',
    en: 'Give the key’s expiry date in the future, at most 2 years ahead.',
  },
  source_address_invalid: {
    status: 400,
    lv: 'Avota adrese “{address}” nav IPv4/IPv6 adrese vai CIDR bloks.',
    en: 'The source address “{address}” is not an IPv4/IPv6 address or CIDR block.',
  },
  connection_limit_reached: {
    status: 409,
    lv: 'Līgums šajā vidē atļauj ne vairāk kā {limit} savienojumus.',
    en: 'The agreement allows at most {limit} connections in this environment.',
  },
  kid_taken: {
    status: 409,
    lv: 'Savienojumam jau ir atslēga ar identifikatoru “{kid}”.',
    en: 'The connection already has a key with the identifier “{kid}”.',
  },
  connection_not_found: {
    status: 404,
    lv: 'Šāds savienojums nav atrasts.',
    en: 'No such connection.',
  },
  connection_key_not_found: {
    status: 404,
    lv: 'Šāda atslēga nav atrasta.',
    en: 'No such key.',
  },
  connection_status_conflict: {
    status: 409,
    lv: 'Savienojuma statuss ir “{status}”; šo darbību veikt nevar.',
    en: 'The connection’s status is “{status}”; this cannot be done.',
  },
  suspension_reason_missing: {
    status: 400,
    lv: 'Norādiet apturēšanas iemeslu (līdz 1000 rakstzīmēm).',
    en: 'Give the reason for suspending (up to 1000 characters).',
  },
  last_key: {
    status: 409,
    lv: 'Savienojumam jāpaliek vismaz vienai derīgai atslēgai. Vispirms pievienojiet jaunu.',
    en: 'A connection must keep at least one live key. Add a new one first.',
  },
  connection_representative_required: {
    status: 403,
    lv: 'Savienojumus pārvalda organizācijas pārstāvis.',
    en: 'Connections are managed by the organisation’s representative.',
  },

  // The token endpoint (RFC 6749 §4.4, RFC 7523 §2.2, §3).
  token_request_invalid: {
    status: 400,
    oauthError: 'invalid_request',
    lv: 'Pieprasījumā trūkst vai ir nederīgs parametrs: {parameter}.',
    en: 'The request lacks or has an invalid parameter: {parameter}.',
  },
  grant_type_unsupported: {
    status: 400,
    oauthError: 'unsupported_grant_type',
    lv: 'Atbalstīts ir tikai grant_type=client_credentials.',
    en: 'Only grant_type=client_credentials is supported.',
  },
  client_unknown: {
    status: 401,
    oauthError: 'invalid_client',
    lv: 'Klients nav zināms vai tā apliecinājums nav derīgs.',
    en: 'The client is unknown or its assertion is not valid.',
  },
  assertion_invalid: {
    status: 401,
    oauthError: 'invalid_client',
    lv: 'Klienta apliecinājums (JWT) nav derīgs: {reason}.',
    en: 'The client assertion (JWT) is not valid: {reason}.',
  },
  assertion_signature_invalid: {
    status: 401,
    oauthError: 'invalid_client',
    lv: 'Klienta apliecinājuma paraksts neatbilst savienojuma atslēgai.',
    en: 'The client assertion’s signature does not match the connection’s key.',
  },
  assertion_audience_invalid: {
    status: 401,
    oauthError: 'invalid_client',
    lv: 'Klienta apliecinājuma aud jābūt tokena adresei {audience}.',
    en: 'The client assertion’s aud must be the token endpoint {audience}.',
  },
  assertion_expired: {
    status: 401,
    oauthError: 'invalid_client',
    lv: 'Klienta apliecinājuma derīguma termiņš (exp) ir beidzies.',
    en: 'The client assertion has expired (exp).',
  },
  assertion_lifetime_too_long: {
    status: 401,
    oauthError: 'invalid_client',
    lv: 'Klienta apliecinājums drīkst būt derīgs ne ilgāk kā {maxSeconds} sekundes (exp − iat).',
    en: 'A client assertion may be valid for at most {maxSeconds} seconds (exp − iat).',
  },
  assertion_reused: {
    status: 401,
    oauthError: 'invalid_client',
    lv: 'Šis klienta apliecinājums (jti) jau ir izmantots.',
    en: 'This client assertion (jti) has been used already.',
  },
  key_unknown: {
    status: 401,
    oauthError: 'invalid_client',
    lv: 'Savienojumam nav derīgas atslēgas ar norādīto kid.',
    en: 'The connection has no live key with the kid given.',
  },
  source_address_not_allowed: {
    status: 401,
    oauthError: 'invalid_client',
    lv: 'Pieprasījums nāk no adreses, kas šim savienojumam nav atļauta.',
    en: 'The request comes from an address not allowed for this connection.',
  },
  connection_not_active: {
    status: 400,
    oauthError: 'unauthorized_client',
    lv: 'Savienojums nav aktīvs.',
    en: 'The connection is not active.',
  },
  agreement_not_in_force: {
    status: 400,
    oauthError: 'unauthorized_client',
    lv: 'Nav spēkā esoša līguma, kas piešķir savienojuma vidi.',
    en: 'No agreement in force grants the connection’s environment.',
  },
  access_token_invalid: {
    status: 401,
    oauthError: 'invalid_token',
    lv: 'Piekļuves tokens nav derīgs vai tā termiņš ir beidzies.',
    en: 'The access token is not valid or has expired.',
  },
});
