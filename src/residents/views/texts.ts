import type { Text } from '../../platform/i18n/locale.ts';

/** The e-service's wording; the Latvian is the source documents' own. */
export const SERVICE_NAME: Text = {
  lv: 'Informācija par mani Biometrijas datu apstrādes sistēmā',
  en: 'Information about me in the Biometric Data Processing System',
};

export const T = {
  start: { lv: 'Uzsākt e-pakalpojumu', en: 'Start the e-service' },
  agree: {
    lv: 'Piekrītu e-pakalpojuma lietošanas nosacījumiem',
    en: 'I agree to the terms of use of the e-service',
  },
  next: { lv: 'Tālāk', en: 'Next' },
  nothingHeld: {
    lv: 'Biometrijas datu apstrādes sistēmā nav tādas informācijas par Jums, kas būtu sniedzama, pamatojoties uz Fizisko personu datu aizsardzības likumā noteiktajām tiesībām iegūt informāciju',
    en: 'The Biometric Data Processing System holds no information about you that could be provided under the right to obtain information laid down in the Personal Data Protection Law',
  },
  stop: {
    lv: 'Lai pārtrauktu pakalpojuma izpildi, nospiediet šeit',
    en: 'To stop the service, click here',
  },
  otherService: { lv: 'Sākt citu pakalpojumu', en: 'Start another service' },
  related: { lv: 'Citi saistītie pakalpojumi', en: 'Other related services' },
  restart: { lv: 'Sākt pakalpojumu no jauna', en: 'Start the service again' },
  reportDeficiency: { lv: 'Ziņot par nepilnībām', en: 'Report deficiencies' },
  reportError: {
    lv: 'Lai pieteiktu kļūdu vai nepilnību, nospiediet šeit',
    en: 'To report an error or deficiency, click here',
  },
  yourServices: { lv: 'Tavi e-pakalpojumi', en: 'Your e-services' },
  help: { lv: 'Palīdzība par autentifikāciju', en: 'Help on signing in' },
  signIn: { lv: 'Pieteikties', en: 'Sign in' },
  runNumber: { lv: 'E-pakalpojuma identifikācijas numurs', en: 'E-service identification number' },
} satisfies Record<string, Text>;
