# HLS with SPEKE encryption (FairPlay and Widevine system ids) and two renditions orders, plus
# a DASH configuration in the same group.
resource "awsmedia_mediapackagevod_packaging_group" "replays" {
  id = "replays"
}

resource "awsmedia_mediapackagevod_packaging_configuration" "hls" {
  id                 = "replays-hls"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.replays.id

  hls_package {
    segment_duration_seconds  = 6
    use_audio_rendition_group = true

    encryption {
      encryption_method = "SAMPLE_AES"
      speke_key_provider {
        role_arn   = "arn:aws:iam::111122223333:role/MediaPackageSpeke"
        url        = "https://keys.example.com/speke/v1"
        system_ids = ["94ce86fb-07ff-4f43-adb8-93d2fa968ca2", "edef8ba9-79d6-4ace-a3c8-27dcd51d21ed"]
      }
    }

    hls_manifests {
      manifest_name                      = "index"
      ad_markers                         = "SCTE35_ENHANCED"
      program_date_time_interval_seconds = 60
      stream_selection {
        stream_order              = "VIDEO_BITRATE_DESCENDING"
        max_video_bits_per_second = 8000000
      }
    }
  }

  tags = { format = "hls" }
}

resource "awsmedia_mediapackagevod_packaging_configuration" "dash" {
  id                 = "replays-dash"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.replays.id

  dash_package {
    segment_duration_seconds = 4
    dash_manifests {
      manifest_name   = "index"
      profile         = "NONE"
      manifest_layout = "FULL"
    }
  }
}
