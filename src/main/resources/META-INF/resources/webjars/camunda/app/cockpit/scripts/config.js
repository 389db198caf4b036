// CCHC Flow: Vietnamese first (English for browsers asking for English). The fallback is Vietnamese:
// loading an English fallback file would switch the date library's global locale back to English.
// dates as dd/MM/yyyy. Replaces the webapp's default config.js (which only had comments).
export default {
  // the city's view (cchc-city.js) and plan progress (cchc-dashboard.js) on the dashboard; the "Báo cáo" page
  // (cchc-reports.js); what they share is in cchc-common.js
  customScripts: ['scripts/cchc-city.js', 'scripts/cchc-dashboard.js', 'scripts/cchc-reports.js'],
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  }
};
