// The council function of the mock cloud lives in the council subpackage: importing this registers it.
import '@/cloud/functions/council/register'
