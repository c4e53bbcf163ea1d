// The mock cloud's actions for the volunteer subpackage (sign-up, check-in, my service, certificate): importing this registers them.
import '@/cloud/functions/volunteer/register-resident'
