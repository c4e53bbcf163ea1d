// Steps every journey repeats on the app itself: consent, the demo identity switch, 我的's forms.

/** The visible `<Input name=…>` of the current page (Taro keeps visited pages in the DOM, hidden). */
export const input = (t, field) =>
  t.page.locator(`taro-input-core[name="${field}"] input`).filter({ visible: true }).first()

/** Answers the first-run privacy sheet if it shows up. */
export const acceptPrivacy = (t) => t.tapIfPresent('同意并继续', { timeout: 5000 })

/** Taps a demo identity in 我的's demo tools (我的 must be showing). */
export const tapIdentity = (t, openid) => t.tap(t.page.locator(`[data-openid="${openid}"]`))

/** Opens 我的 afresh and switches to a demo identity. */
export async function become(t, openid) {
  await t.open('/pages/mine/index')
  await tapIdentity(t, openid)
  await t.expectText('已切换为')
}

/** Fills and saves the real-name profile on 我的; `beforeSave` fills anything else first. */
export async function fillProfile(t, name, phone, beforeSave = async () => {}) {
  await t.expectText('完善实名信息')
  await input(t, 'name').fill(name)
  await input(t, 'phone').fill(phone)
  await beforeSave()
  await t.tap('保存')
  await t.expectText(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
}

/** Binds an invite code on 我的 and waits for the role it grants. */
export async function bindInvite(t, code, role) {
  await input(t, 'inviteCode').fill(code)
  await t.tap('绑定')
  await t.expectText(role)
}
