// The council function of the mock cloud (居民议事) lives in the council subpackage: importing this registers it.
import '@/cloud/functions/council/register'
