export default definePageConfig({ navigationBarTitleText: '活动预约' })
