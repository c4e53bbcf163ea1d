// The shop function of the mock cloud lives in the shop subpackage: importing this registers it.
import '@/cloud/functions/shop/register'
