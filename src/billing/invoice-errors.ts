import { defineErrors } from '../platform/errors.ts';

export const invoiceErrors = defineErrors({
  invoice_month_invalid: {
    status: 400,
    lv: 'Norādiet mēnesi formā GGGG-MM, piemēram, 2026-11.',
    en: 'Give the month as YYYY-MM, for example 2026-11.',
  },
  invoice_month_not_over: {
    status: 409,
    lv: 'Mēnesis {month} vēl nav beidzies: rēķinus par to var sagatavot no nākamā mēneša pirmās dienas.',
    en: 'The month {month} is not over yet: its invoices can be made from the first day of the next month.',
  },
  invoice_no_agreement: {
    status: 409,
    lv: 'Organizācijai mēnesī {month} nebija spēkā esoša līguma, tāpēc rēķins netiek sagatavots.',
    en: 'The organisation had no agreement in force in {month}, so no invoice is made.',
  },
  invoice_representative_required: {
    status: 403,
    lv: 'Rēķinus redz tikai organizācijas pārstāvji.',
    en: 'Only the organisation’s representatives see its invoices.',
  },
  invoice_not_found: {
    status: 404,
    lv: 'Rēķins nav atrasts.',
    en: 'The invoice is not found.',
  },
  invoice_already_credited: {
    status: 409,
    lv: 'Šim rēķinam jau ir kredītrēķins.',
    en: 'This invoice already has a credit note.',
  },
  invoice_not_creditable: {
    status: 409,
    lv: 'Kredītrēķinu var sagatavot tikai rēķinam, ne citam kredītrēķinam.',
    en: 'A credit note can be made only for an invoice, not for another credit note.',
  },
  invoice_already_paid: {
    status: 409,
    lv: 'Rēķins jau ir atzīmēts kā apmaksāts.',
    en: 'The invoice is already marked as paid.',
  },
  invoice_payment_amount_mismatch: {
    status: 409,
    lv: 'Maksājuma summa {paidLv} EUR neatbilst rēķina summai {totalLv} EUR. Rēķins netika atzīmēts kā apmaksāts.',
    en: 'The payment of EUR {paidEn} does not match the invoice total of EUR {totalEn}. The invoice was not marked as paid.',
  },
  invoice_payment_reference_mismatch: {
    status: 409,
    lv: 'Maksājuma atsaucē nav rēķina numura {number}. Rēķins netika atzīmēts kā apmaksāts.',
    en: 'The payment reference does not contain the invoice number {number}. The invoice was not marked as paid.',
  },
  invoice_payment_amount_invalid: {
    status: 400,
    lv: 'Ievadiet maksājuma summu eiro, piemēram, 245,12.',
    en: 'Enter the payment amount in euro, like 245.12.',
  },
  invoice_payment_date_invalid: {
    status: 400,
    lv: 'Ievadiet maksājuma datumu (GGGG-MM-DD), ne vēlāku par šodienu.',
    en: 'Enter the payment date (YYYY-MM-DD), not later than today.',
  },
  invoice_nothing_to_pay: {
    status: 409,
    lv: 'Šis dokuments nav apmaksājams (kredītrēķins vai rēķins bez summas).',
    en: 'This document is not to be paid (a credit note, or an invoice of zero).',
  },
  invoice_vat_rate_missing: {
    status: 409,
    lv: 'Dienai {day} nav noteikta PVN likme.',
    en: 'No VAT rate is set for {day}.',
  },
});
