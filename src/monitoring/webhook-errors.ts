import { defineErrors } from '../platform/errors.ts';

/** Refusals about webhook endpoints and their deliveries. */
export const webhookErrors = defineErrors({
  webhook_url_invalid: {
    status: 400,
    lv: 'Norādiet pilnu HTTPS adresi (līdz 2000 rakstzīmēm), piemēram, https://piemers.lv/webhooks.',
    en: 'Give a full HTTPS address (up to 2000 characters), for example https://example.com/webhooks.',
  },
  webhook_url_not_https: {
    status: 400,
    lv: 'Adresei jāsākas ar https://. Nešifrētu http:// var lietot tikai uz šo pašu datoru izstrādē un testos.',
    en: 'The address must start with https://. Plain http:// is allowed only to this same machine in development and tests.',
  },
  webhook_url_private_address: {
    status: 400,
    lv: 'Adrese ved uz iekšēju, lokālu vai rezervētu tīkla adresi. Norādiet publiski sasniedzamu HTTPS adresi.',
    en: 'The address leads to an internal, local or reserved network address. Give an HTTPS address reachable from the internet.',
  },
  webhook_url_credentials: {
    status: 400,
    lv: 'Adresē nedrīkst būt lietotājvārda vai paroles.',
    en: 'The address must not hold a user name or password.',
  },
  webhook_not_configured: {
    status: 404,
    lv: 'Šim savienojumam nav webhook adreses.',
    en: 'This connection has no webhook address.',
  },
  webhook_not_disabled: {
    status: 409,
    lv: 'Webhook adrese jau ir aktīva.',
    en: 'The webhook address is already active.',
  },
  webhook_event_not_found: {
    status: 404,
    lv: 'Šādam savienojumam nav notikuma ar šo kārtas numuru.',
    en: 'There is no event with this sequence number for this connection.',
  },
  webhook_since_invalid: {
    status: 400,
    lv: 'Norādiet laiku formā GGGG-MM-DD SS:MM (Rīgas laiks), ne vēlāk kā tagad.',
    en: 'Give a time as YYYY-MM-DD HH:MM (Riga time), no later than now.',
  },
});
