import { defineErrors } from '../platform/errors.ts';

/** Errors of drafting, negotiating, amending and terminating agreements. */
export const agreementErrors = defineErrors({
  representative_required: {
    status: 403,
    lv: 'Līgumus skata un saskaņo organizācijas pārstāvji.',
    en: 'Agreements are read and negotiated by the organisation’s representatives.',
  },
  agreement_not_found: {
    status: 404,
    lv: 'Līgums nav atrasts.',
    en: 'No such agreement.',
  },
  agreement_version_not_found: {
    status: 404,
    lv: 'Līgumam nav šādas versijas.',
    en: 'The agreement has no such version.',
  },
  request_not_decided: {
    status: 409,
    lv: 'Līgumu var sagatavot tikai no izlemta pieprasījuma.',
    en: 'An agreement can be drafted only from a decided request.',
  },
  agreement_exists: {
    status: 409,
    lv: 'Pēc šī pieprasījuma līgums jau ir sagatavots ({reference}).',
    en: 'An agreement has already been drafted from this request ({reference}).',
  },
  nothing_approved: {
    status: 409,
    lv: 'Pieprasījumā nav apstiprinātu datu apjomu, tāpēc līgumu nevar sagatavot.',
    en: 'The request has no approved data scope, so no agreement can be drafted.',
  },
  agreement_dates_invalid: {
    status: 400,
    lv: 'Ievadiet derīgu spēkā stāšanās datumu; beigu datums nevar būt agrāks.',
    en: 'Enter a valid start date; the end date cannot be earlier.',
  },
  agreement_text_required: {
    status: 400,
    lv: 'Ievadiet līguma tekstu (līdz 100 000 rakstzīmēm).',
    en: 'Enter the agreement text (up to 100,000 characters).',
  },
  agreement_text_unchanged: {
    status: 400,
    lv: 'Teksts nav mainīts: jaunā versija jāraksta tikai, ja ir izmaiņas.',
    en: 'The text is unchanged: save a new version only when something changed.',
  },
  comment_required: {
    status: 400,
    lv: 'Ievadiet komentāru (līdz 4000 rakstzīmēm).',
    en: 'Enter a comment (up to 4,000 characters).',
  },
  not_your_turn: {
    status: 409,
    lv: 'Pēdējo versiju rakstījāt jūs: nākamo versiju raksta otra puse.',
    en: 'You wrote the latest version: the other side writes the next one.',
  },
  version_not_latest: {
    status: 409,
    lv: 'Apstiprināt var tikai pēdējo versiju ({latest}).',
    en: 'Only the latest version ({latest}) can be approved.',
  },
  agreement_concluded: {
    status: 409,
    lv: 'Līgums ir noslēgts, un to vairs nevar mainīt. Izmaiņām sāciet grozījumus.',
    en: 'The agreement is concluded and can no longer change. Start an amendment to change it.',
  },
  agreement_closed: {
    status: 409,
    lv: 'Līgums vairs nav spēkā (aizstāts vai izbeigts), un to nevar mainīt.',
    en: 'The agreement is no longer in force (superseded or terminated) and cannot change.',
  },
  agreement_not_concluded: {
    status: 409,
    lv: 'Šo darbību var veikt tikai ar noslēgtu līgumu.',
    en: 'This can be done only with a concluded agreement.',
  },
  amendment_exists: {
    status: 409,
    lv: 'Šim līgumam grozījumi jau ir sākti ({reference}).',
    en: 'An amendment of this agreement has already been started ({reference}).',
  },
  termination_reason_required: {
    status: 400,
    lv: 'Norādiet līguma izbeigšanas iemeslu.',
    en: 'Give the reason for terminating the agreement.',
  },
  termination_date_past: {
    status: 400,
    lv: 'Piekļuvi var izbeigt no šodienas vai vēlāka datuma.',
    en: 'Access can end from today or a later date.',
  },
});
