export default definePageConfig({ navigationBarTitleText: '物业加分扣分' })
