// CCHC Flow: exact dates in Tasklist. The lists and the task header show dates relative to now
// ("Hạn xử lý 8 tháng trước") through angular-moment's am-time-ago; officials need the day itself, so every
// such date is shown as dd/MM/yyyy (the tooltip keeps the weekday and time). angular-moment shows the full date
// when the distance reaches fullDateThreshold; a threshold below any distance makes that always. Overdue cards
// are marked by the style sheet (styles/user-styles.css). Not a plugin: it only configures the app's module.
const angular = window.angular;

try {
  angular.module('cam.tasklist').run(['amTimeAgoConfig', config => {
    config.fullDateThreshold = -1e9;
    config.fullDateThresholdUnit = 'day';
    config.fullDateFormat = 'DD/MM/YYYY';
  }]);
} catch (e) {
  console.error('CCHC dates: Tasklist module not found', e);
}

export default [];
