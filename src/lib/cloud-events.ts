// The mock cloud's actions for the events subpackage (detail, booking, shuttle, verify): importing this registers them.
import '@/cloud/functions/events/register'
