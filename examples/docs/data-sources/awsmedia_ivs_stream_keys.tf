# The keys of one channel (ARNs only; read a key's value with awsmedia_ivs_stream_key).
data "awsmedia_ivs_stream_keys" "show" {
  channel_arn = "arn:aws:ivs:us-west-2:111122223333:channel/abcdEFGH1234"
}

output "key_arns" {
  value = [for k in data.awsmedia_ivs_stream_keys.show.stream_keys : k.arn]
}
