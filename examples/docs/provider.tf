# Credentials from the standard chain (environment, profile, role); MediaConnect and IVS sent to
# the local backend on this machine, MediaPackage VOD to AWS.
provider "awsmedia" {
  region      = "us-east-1"
  profile     = "media"
  max_retries = 8
  retry_mode  = "adaptive"

  # Seconds an apply waits for a flow to start or stop.
  wait_timeout = 600

  endpoints {
    mediaconnect = "http://127.0.0.1:4580"
    ivs          = "http://127.0.0.1:4580"
  }
}
