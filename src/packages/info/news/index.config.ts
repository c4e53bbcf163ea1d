export default definePageConfig({ navigationBarTitleText: '街道动态' })
