import { registerFunctions } from '../registry'
import { registerSeedPart } from '../../seed/seed'
import { seedNewsBodies } from '../../seed/news-bodies'
import { detail } from './detail'

registerFunctions('news', { detail })
registerSeedPart({
  marker: 'newsBodies',
  async run(tx) {
    for (const doc of seedNewsBodies()) await tx.insert('newsBodies', doc)
  },
})
