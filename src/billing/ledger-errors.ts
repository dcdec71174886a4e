import { defineErrors } from '../platform/errors.ts';

export const ledgerErrors = defineErrors({
  insufficient_balance: {
    status: 402,
    lv: 'Priekšapmaksas atlikums nav pietiekams: vajag {neededLv} EUR, atlikums ir {balanceLv} EUR. Dati netika izsniegti, un maksa netika iekasēta.',
    en: 'The prepaid balance is not enough: EUR {neededEn} is needed and the balance is EUR {balanceEn}. No data was provided and nothing was charged.',
  },
  deposit_amount_invalid: {
    status: 400,
    lv: 'Iemaksas summai jābūt pozitīvai, eiro ar ne vairāk kā diviem cipariem aiz komata (piemēram, 150,00).',
    en: 'The deposit must be a positive amount in euros with at most two decimals (for example 150.00).',
  },
  deposit_reference_missing: {
    status: 400,
    lv: 'Norādiet bankas maksājuma atsauci.',
    en: 'Enter the bank transfer’s reference.',
  },
  deposit_reference_exists: {
    status: 409,
    lv: 'Iemaksa ar šo bankas maksājuma atsauci jau ir reģistrēta.',
    en: 'A deposit with this bank transfer reference is already recorded.',
  },
  threshold_invalid: {
    status: 400,
    lv: 'Slieksnim jābūt summai eiro ar ne vairāk kā diviem cipariem aiz komata (piemēram, 50,00) vai tukšam, ja paziņojumi nav vajadzīgi.',
    en: 'The threshold must be an amount in euros with at most two decimals (for example 50.00), or empty for no notices.',
  },
  balance_representative_required: {
    status: 403,
    lv: 'Priekšapmaksas atlikumu skata un pārvalda organizācijas pārstāvji.',
    en: 'The prepaid balance is seen and managed by the organisation’s representatives.',
  },
  deposit_not_found: {
    status: 404,
    lv: 'Šāda iemaksa nav atrasta.',
    en: 'No such deposit.',
  },
});
