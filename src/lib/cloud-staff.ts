// The mock cloud's actions for the staff subpackage (publish, codes, roster, certificate check): importing this registers them.
import '@/cloud/functions/volunteer/register-staff'
