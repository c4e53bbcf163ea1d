export default definePageConfig({ navigationBarTitleText: '免费班车' })
