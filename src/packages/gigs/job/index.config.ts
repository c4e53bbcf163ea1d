export default definePageConfig({ navigationBarTitleText: '零工详情' })
