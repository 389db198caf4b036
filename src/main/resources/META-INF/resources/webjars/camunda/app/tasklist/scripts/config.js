// CCHC Flow: Vietnamese first (English for browsers asking for English). The fallback is Vietnamese:
// loading an English fallback file would switch the date library's global locale back to English.
// dates as dd/MM/yyyy. Replaces the webapp's default config.js; its keyboard shortcuts are kept.
export default {
  // the "Tệp sản phẩm" tab of a task: the plan task's deliverable files (cchc-files.js); exact dates (cchc-dates.js)
  customScripts: ['scripts/cchc-files.js', 'scripts/cchc-dates.js'],
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
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'nhận công việc đang chọn'},
    focusFilter: {key: 'ctrl+shift+f', description: 'chuyển đến bộ lọc đầu tiên'},
    focusList: {key: 'ctrl+alt+l', description: 'chuyển đến công việc đầu tiên trong danh sách'},
    focusForm: {key: 'ctrl+alt+f', description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'},
    startProcess: {key: 'ctrl+alt+p', description: 'mở hộp thoại khởi tạo quy trình'}
  }
};
