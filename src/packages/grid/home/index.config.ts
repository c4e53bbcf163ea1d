export default definePageConfig({ navigationBarTitleText: '网格+热线' })
