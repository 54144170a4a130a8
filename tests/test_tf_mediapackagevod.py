"""Terraform lifecycle of the MediaPackage VOD resources against the local backend, with a real terraform."""

from __future__ import annotations

from typing import Any

from conftest import boto3_client
from tfharness import (
    Workspace,
    assert_clean,
    assert_creates_only,
    assert_in_place,
    assert_reimports_unchanged,
    assert_replaced,
    assert_replaces_only,
)

ACCOUNT = "123456789012"
SECRET_A = f"arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:cdn-a"
SECRET_B = f"arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:cdn-b"
CDN_ROLE = f"arn:aws:iam::{ACCOUNT}:role/cdn-reader"
SPEKE_ROLE = f"arn:aws:iam::{ACCOUNT}:role/speke"
INGEST_ROLE = f"arn:aws:iam::{ACCOUNT}:role/vod-ingest"
FAIRPLAY = "94ce86fb-07ff-4f43-adb8-93d2fa968ca2"

GROUP = """
resource "awsmedia_mediapackagevod_packaging_group" "g" {
  id   = "%(id)s"
  tags = %(tags)s
  authorization {
    cdn_identifier_secret = "%(secret)s"
    secrets_role_arn      = "%(role)s"
  }
}
"""


def group(id: str = "vod", secret: str = SECRET_A, tags: str = '{ team = "video" }') -> str:
    return GROUP % {"id": id, "secret": secret, "role": CDN_ROLE, "tags": tags}


def test_packaging_group_lifecycle(tf: Workspace) -> None:
    vod = boto3_client("mediapackage-vod", tf.endpoint)
    addr = "awsmedia_mediapackagevod_packaging_group.g"
    tf.write(group())
    first = tf.plan()
    assert first.plan_has_changes and f"{addr} will be created" in first.out, first.out
    tf.apply()
    created = tf.resource(addr)
    assert created["arn"] == f"arn:aws:mediapackage-vod:us-east-1:{ACCOUNT}:packaging-groups/vod"
    assert created["domain_name"].startswith("https://") and created["created_at"]
    server = vod.describe_packaging_group(Id="vod")
    assert server["Authorization"] == {"CdnIdentifierSecret": SECRET_A, "SecretsRoleArn": CDN_ROLE}
    assert server["Tags"] == {"team": "video"} and server["DomainName"] == created["domain_name"]
    assert_clean(tf)

    # Authorization changes in place through UpdatePackagingGroup: same group, same domain.
    tf.write(group(secret=SECRET_B))
    update = tf.plan()
    assert_in_place(update, addr)
    assert f'~ cdn_identifier_secret = "{SECRET_A}" -> "{SECRET_B}"' in update.out, update.out
    tf.apply()
    server = vod.describe_packaging_group(Id="vod")
    assert server["Authorization"]["CdnIdentifierSecret"] == SECRET_B
    assert server["DomainName"] == created["domain_name"]
    assert_clean(tf)

    # Tags change in place through TagResource/UntagResource.
    tf.write(group(secret=SECRET_B, tags='{ tier = "gold", env = "prod" }'))
    assert_in_place(tf.plan(), addr)
    tf.apply()
    assert vod.list_tags_for_resource(ResourceArn=created["arn"])["Tags"] == {"tier": "gold", "env": "prod"}
    assert_clean(tf)

    # Changes made outside Terraform show up in the next plan, and apply puts them back.
    vod.update_packaging_group(
        Id="vod", Authorization={"CdnIdentifierSecret": SECRET_A, "SecretsRoleArn": CDN_ROLE}
    )
    vod.tag_resource(ResourceArn=created["arn"], Tags={"owner": "someone-else"})
    drift = tf.plan()
    assert_in_place(drift, addr)
    assert f'~ cdn_identifier_secret = "{SECRET_A}" -> "{SECRET_B}"' in drift.out, drift.out
    assert '- "owner" = "someone-else" -> null' in drift.out, drift.out
    tf.apply()
    server = vod.describe_packaging_group(Id="vod")
    assert server["Authorization"]["CdnIdentifierSecret"] == SECRET_B
    assert server["Tags"] == {"tier": "gold", "env": "prod"}

    # A new id can only come with a new group: the old one goes away.
    tf.write(group(id="vod2", secret=SECRET_B, tags='{ tier = "gold", env = "prod" }'))
    replace = tf.plan()
    assert f"{addr} must be replaced" in replace.out and "# forces replacement" in replace.out, replace.out
    tf.apply()
    ids = [g["Id"] for g in vod.list_packaging_groups()["PackagingGroups"]]
    assert ids == ["vod2"]
    assert tf.resource(addr)["domain_name"] != created["domain_name"]
    assert_clean(tf)

    # Import after forgetting it: the same state comes back.
    assert_reimports_unchanged(tf, addr, "vod2")

    # Deleted outside Terraform: the next plan creates it again.
    vod.delete_packaging_group(Id="vod2")
    gone = tf.plan()
    assert gone.plan_has_changes and f"{addr} will be created" in gone.out, gone.out
    tf.apply()
    assert vod.describe_packaging_group(Id="vod2")["Authorization"]["CdnIdentifierSecret"] == SECRET_B

    tf.destroy()
    assert vod.list_packaging_groups()["PackagingGroups"] == []
    after = tf.plan()
    assert after.plan_has_changes and f"{addr} will be created" in after.out, after.out


HLS = """
resource "awsmedia_mediapackagevod_packaging_configuration" "hls" {
  id                 = "%(id)s"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.g.id
  tags               = %(tags)s
  hls_package {
    segment_duration_seconds  = %(segment)d
    use_audio_rendition_group = true
    hls_manifests {
      manifest_name                      = "main"
      ad_markers                         = "%(ad_markers)s"
      include_iframe_only_stream         = true
      program_date_time_interval_seconds = 60
      repeat_ext_x_key                   = false
      stream_selection {
        min_video_bits_per_second = 500000
        max_video_bits_per_second = 8000000
        stream_order              = "%(order)s"
      }
    }
    hls_manifests {
      manifest_name = "mobile"
      stream_selection {
        max_video_bits_per_second = 1500000
      }
    }
%(encryption)s  }
}
"""
HLS_ENCRYPTION = """    encryption {
      encryption_method = "SAMPLE_AES"
      speke_key_provider {
        role_arn   = "%(speke_role)s"
        system_ids = ["%(fairplay)s"]
        url        = "https://keys.example.com/speke/v1"
      }
    }
"""

DASH = """
resource "awsmedia_mediapackagevod_packaging_configuration" "dash" {
  id                 = "dash"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.g.id
  dash_package {
    segment_duration_seconds   = 4
    segment_template_format    = "%(template)s"
    period_triggers            = %(triggers)s
    include_iframe_only_stream = false
    dash_manifests {
      manifest_name           = "tv"
      manifest_layout         = "COMPACT"
      min_buffer_time_seconds = 30
      profile                 = "%(profile)s"
      stream_selection {
        stream_order = "VIDEO_BITRATE_ASCENDING"
      }
    }
  }
}
"""


def hls(
    id: str = "hls",
    segment: int = 6,
    tags: str = '{ format = "hls" }',
    ad_markers: str = "SCTE35_ENHANCED",
    order: str = "VIDEO_BITRATE_DESCENDING",
    encrypted: bool = True,
) -> str:
    encryption = HLS_ENCRYPTION % {"speke_role": SPEKE_ROLE, "fairplay": FAIRPLAY} if encrypted else ""
    return HLS % {
        "id": id,
        "segment": segment,
        "tags": tags,
        "ad_markers": ad_markers,
        "order": order,
        "encryption": encryption,
    }


def dash(template: str = "TIME_WITH_TIMELINE", triggers: str = '["ADS"]', profile: str = "HBBTV_1_5") -> str:
    return DASH % {"template": template, "triggers": triggers, "profile": profile}


def test_packaging_configuration_lifecycle(tf: Workspace) -> None:
    vod = boto3_client("mediapackage-vod", tf.endpoint)
    addr = "awsmedia_mediapackagevod_packaging_configuration.hls"
    tf.write(group() + hls() + dash())
    first = tf.plan()
    assert first.plan_has_changes and "Plan: 3 to add, 0 to change, 0 to destroy" in first.out, first.out
    assert f"{addr} will be created" in first.out
    tf.apply()
    state = tf.resource(addr)
    assert state["arn"] == f"arn:aws:mediapackage-vod:us-east-1:{ACCOUNT}:packaging-configurations/hls"
    assert [m["manifest_name"] for m in state["hls_package"]["hls_manifests"]] == ["main", "mobile"]
    # The nested configuration reached the service member by member.
    server = vod.describe_packaging_configuration(Id="hls")
    assert server["PackagingGroupId"] == "vod" and server["Tags"] == {"format": "hls"}
    package = server["HlsPackage"]
    assert package["SegmentDurationSeconds"] == 6 and package["UseAudioRenditionGroup"] is True
    assert package["Encryption"] == {
        "EncryptionMethod": "SAMPLE_AES",
        "SpekeKeyProvider": {
            "RoleArn": SPEKE_ROLE,
            "SystemIds": [FAIRPLAY],
            "Url": "https://keys.example.com/speke/v1",
        },
    }
    main, mobile = package["HlsManifests"]
    assert main == {
        "ManifestName": "main",
        "AdMarkers": "SCTE35_ENHANCED",
        "IncludeIframeOnlyStream": True,
        "ProgramDateTimeIntervalSeconds": 60,
        "RepeatExtXKey": False,
        "StreamSelection": {
            "MinVideoBitsPerSecond": 500000,
            "MaxVideoBitsPerSecond": 8000000,
            "StreamOrder": "VIDEO_BITRATE_DESCENDING",
        },
    }
    assert mobile == {"ManifestName": "mobile", "StreamSelection": {"MaxVideoBitsPerSecond": 1500000}}
    dash_package = vod.describe_packaging_configuration(Id="dash")["DashPackage"]
    assert dash_package["SegmentTemplateFormat"] == "TIME_WITH_TIMELINE" and dash_package[
        "PeriodTriggers"
    ] == ["ADS"]
    assert dash_package["IncludeIframeOnlyStream"] is False
    assert dash_package["DashManifests"] == [
        {
            "ManifestName": "tv",
            "ManifestLayout": "COMPACT",
            "MinBufferTimeSeconds": 30,
            "Profile": "HBBTV_1_5",
            "StreamSelection": {"StreamOrder": "VIDEO_BITRATE_ASCENDING"},
        }
    ]
    assert_clean(tf)

    # Tags are the one thing that changes in place.
    tf.write(group() + hls(tags='{ format = "hls", tier = "gold" }') + dash())
    assert_in_place(tf.plan(), addr)
    tf.apply()
    assert vod.list_tags_for_resource(ResourceArn=state["arn"])["Tags"] == {"format": "hls", "tier": "gold"}
    assert vod.describe_packaging_configuration(Id="hls")["CreatedAt"] == state["created_at"]
    assert_clean(tf)

    # Tags changed outside Terraform: the plan shows exactly that, and apply puts them back.
    vod.untag_resource(ResourceArn=state["arn"], TagKeys=["tier"])
    vod.tag_resource(ResourceArn=state["arn"], Tags={"format": "dash"})
    drift = tf.plan()
    assert_in_place(drift, addr)
    assert '~ "format" = "dash" -> "hls"' in drift.out and '+ "tier"   = "gold"' in drift.out, drift.out
    tf.apply()
    assert vod.list_tags_for_resource(ResourceArn=state["arn"])["Tags"] == {"format": "hls", "tier": "gold"}

    # The package settings are create-only: changes deep inside, and a nested block taken out,
    # replace the configuration.
    tf.write(
        group()
        + hls(tags='{ format = "hls", tier = "gold" }', segment=4, order="ORIGINAL", encrypted=False)
        + dash()
    )
    replace = tf.plan()
    assert_replaces_only(replace, addr)
    assert "~ hls_package { # forces replacement" in replace.out, replace.out
    assert (
        "~ segment_duration_seconds  = 6 -> 4" in replace.out
        and '"VIDEO_BITRATE_DESCENDING" -> "ORIGINAL"' in replace.out
    )
    assert (
        "- encryption {" in replace.out and '- encryption_method = "SAMPLE_AES" -> null' in replace.out
    ), replace.out
    applied = tf.apply()
    assert_replaced(applied, addr)
    package = vod.describe_packaging_configuration(Id="hls")["HlsPackage"]
    assert (
        package["SegmentDurationSeconds"] == 4
        and package["HlsManifests"][0]["StreamSelection"]["StreamOrder"] == "ORIGINAL"
    )
    assert "Encryption" not in package
    assert_clean(tf)

    # Import after forgetting it: every nested value comes back from the service.
    assert_reimports_unchanged(tf, addr, "hls")

    # Deleted outside Terraform: the next plan creates it again, and only it.
    vod.delete_packaging_configuration(Id="hls")
    gone = tf.plan()
    assert_creates_only(gone, addr)
    tf.apply()
    assert vod.describe_packaging_configuration(Id="hls")["HlsPackage"]["SegmentDurationSeconds"] == 4

    tf.destroy()
    assert vod.list_packaging_configurations()["PackagingConfigurations"] == []
    assert vod.list_packaging_groups()["PackagingGroups"] == []
    after = tf.plan()
    assert after.plan_has_changes and f"{addr} will be created" in after.out, after.out


ASSET = """
resource "awsmedia_mediapackagevod_asset" "a" {
  id                 = "movie"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.g.id
  source_arn         = "arn:aws:s3:::vod-source/%(source)s"
  source_role_arn    = "%(role)s"
  resource_id        = "movie-drm"
  tags               = %(tags)s
  # Egress endpoints are made for the configurations the group has when the asset is ingested.
  depends_on = [%(configs)s]
}
"""


def asset(
    source: str = "movie.smil", tags: str = '{ title = "movie" }', configs: tuple[str, ...] = ("hls",)
) -> str:
    after = ", ".join(f"awsmedia_mediapackagevod_packaging_configuration.{c}" for c in configs)
    return ASSET % {"source": source, "role": INGEST_ROLE, "tags": tags, "configs": after}


def test_asset_lifecycle(tf: Workspace) -> None:
    vod = boto3_client("mediapackage-vod", tf.endpoint)
    addr = "awsmedia_mediapackagevod_asset.a"
    tf.write(group() + hls() + asset())
    first = tf.plan()
    assert first.plan_has_changes and f"{addr} will be created" in first.out, first.out
    tf.apply()
    state = tf.resource(addr)
    domain = tf.resource("awsmedia_mediapackagevod_packaging_group.g")["domain_name"]
    assert state["arn"] == f"arn:aws:mediapackage-vod:us-east-1:{ACCOUNT}:assets/movie"
    assert state["egress_endpoints"] == [
        {"packaging_configuration_id": "hls", "url": f"{domain}/out/v1/movie/hls/index.m3u8"}
    ]
    server = vod.describe_asset(Id="movie")
    assert (
        server["SourceArn"] == "arn:aws:s3:::vod-source/movie.smil" and server["SourceRoleArn"] == INGEST_ROLE
    )
    assert server["ResourceId"] == "movie-drm" and server["PackagingGroupId"] == "vod"
    assert server["Tags"] == {"title": "movie"}
    assert_clean(tf)

    # Tags are the one thing that changes in place; leaving them out removes them all (the service
    # then answers {} for the tags, which must still plan clean against no tags at all).
    tf.write(group() + hls() + asset(tags="null"))
    untag = tf.plan()
    assert_in_place(untag, addr)
    assert '- tags = { - "title" = "movie" } -> null' in " ".join(untag.out.split()), untag.out
    tf.apply()
    assert vod.list_tags_for_resource(ResourceArn=state["arn"])["Tags"] == {}
    assert_clean(tf)

    # Tags added outside Terraform: the plan shows exactly that, and apply takes them off again.
    vod.tag_resource(ResourceArn=state["arn"], Tags={"genre": "comedy"})
    drift = tf.plan()
    assert_in_place(drift, addr)
    assert '- "genre" = "comedy"' in drift.out, drift.out
    tf.apply()
    assert vod.describe_asset(Id="movie")["Tags"] == {}

    tf.write(group() + hls() + asset(tags='{ genre = "drama" }'))
    assert_in_place(tf.plan(), addr)
    tf.apply()
    assert vod.list_tags_for_resource(ResourceArn=state["arn"])["Tags"] == {"genre": "drama"}

    # Another source file means a new ingest: the asset is replaced.
    tf.write(group() + hls() + asset(source="movie-remastered.smil", tags='{ genre = "drama" }'))
    replace = tf.plan()
    assert_replaces_only(replace, addr)
    assert (
        '"arn:aws:s3:::vod-source/movie.smil" -> "arn:aws:s3:::vod-source/movie-remastered.smil" # forces replacement'
        in replace.out
    )
    applied = tf.apply()
    assert_replaced(applied, addr)
    assert vod.describe_asset(Id="movie")["SourceArn"] == "arn:aws:s3:::vod-source/movie-remastered.smil"
    assert_clean(tf)

    # Import after forgetting it: the same state comes back.
    assert_reimports_unchanged(tf, addr, "movie")

    # Deleted outside Terraform: the next plan creates it again, and only it.
    vod.delete_asset(Id="movie")
    gone = tf.plan()
    assert_creates_only(gone, addr)
    tf.apply()
    assert vod.describe_asset(Id="movie")["Tags"] == {"genre": "drama"}

    tf.destroy()
    assert vod.list_assets()["Assets"] == [] and vod.list_packaging_groups()["PackagingGroups"] == []
    after = tf.plan()
    assert after.plan_has_changes and f"{addr} will be created" in after.out, after.out


def test_data_sources_read_what_resources_made(tf: Workspace) -> None:
    vod = boto3_client("mediapackage-vod", tf.endpoint)
    # More groups than one ListPackagingGroups page holds (100), so the list data source must follow NextToken.
    for i in range(100):
        vod.create_packaging_group(Id=f"filler-{i:03d}")
    vod.create_packaging_group(Id="other")
    vod.create_asset(
        Id="trailer",
        PackagingGroupId="other",
        SourceArn="arn:aws:s3:::vod-source/trailer.mp4",
        SourceRoleArn=INGEST_ROLE,
    )
    tf.write(group() + hls() + dash() + asset(configs=("hls", "dash")) + """
data "awsmedia_mediapackagevod_packaging_group" "g" {
  id = awsmedia_mediapackagevod_packaging_group.g.id
}
data "awsmedia_mediapackagevod_packaging_groups" "all" {
  depends_on = [awsmedia_mediapackagevod_packaging_group.g]
}
data "awsmedia_mediapackagevod_packaging_configuration" "hls" {
  id = awsmedia_mediapackagevod_packaging_configuration.hls.id
}
data "awsmedia_mediapackagevod_packaging_configurations" "in_group" {
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.g.id
  depends_on         = [awsmedia_mediapackagevod_packaging_configuration.hls, awsmedia_mediapackagevod_packaging_configuration.dash]
}
data "awsmedia_mediapackagevod_asset" "a" {
  id = awsmedia_mediapackagevod_asset.a.id
}
data "awsmedia_mediapackagevod_assets" "in_group" {
  packaging_group_id = awsmedia_mediapackagevod_asset.a.packaging_group_id
}
data "awsmedia_mediapackagevod_assets" "all" {
  depends_on = [awsmedia_mediapackagevod_asset.a]
}
output "group_secret" { value = data.awsmedia_mediapackagevod_packaging_group.g.authorization.cdn_identifier_secret }
output "group_domain" { value = data.awsmedia_mediapackagevod_packaging_group.g.domain_name }
output "group_tags" { value = data.awsmedia_mediapackagevod_packaging_group.g.tags }
output "group_count" { value = length(data.awsmedia_mediapackagevod_packaging_groups.all.packaging_groups) }
output "group_auth" {
  value = [for g in data.awsmedia_mediapackagevod_packaging_groups.all.packaging_groups : g.authorization.secrets_role_arn if g.id == "vod"]
}
output "hls_order" { value = data.awsmedia_mediapackagevod_packaging_configuration.hls.hls_package.hls_manifests[0].stream_selection.stream_order }
output "hls_segment" { value = data.awsmedia_mediapackagevod_packaging_configuration.hls.hls_package.segment_duration_seconds }
output "hls_systems" { value = data.awsmedia_mediapackagevod_packaging_configuration.hls.hls_package.encryption.speke_key_provider.system_ids }
output "hls_without_dash" { value = data.awsmedia_mediapackagevod_packaging_configuration.hls.dash_package == null }
output "configs" {
  value = { for c in data.awsmedia_mediapackagevod_packaging_configurations.in_group.packaging_configurations : c.id => c.dash_package == null ? c.hls_package.hls_manifests[1].manifest_name : c.dash_package.dash_manifests[0].profile }
}
output "asset_source" { value = data.awsmedia_mediapackagevod_asset.a.source_arn }
output "asset_egress" {
  value = { for e in data.awsmedia_mediapackagevod_asset.a.egress_endpoints : e.packaging_configuration_id => e.url }
}
output "asset_tags" { value = data.awsmedia_mediapackagevod_asset.a.tags }
output "assets_in_group" { value = [for a in data.awsmedia_mediapackagevod_assets.in_group.assets : a.id] }
output "assets_all" { value = sort([for a in data.awsmedia_mediapackagevod_assets.all.assets : a.id]) }
""")
    tf.apply()
    outputs: dict[str, Any] = {k: v["value"] for k, v in tf.show()["values"]["outputs"].items()}
    group_state = tf.resource("awsmedia_mediapackagevod_packaging_group.g")
    assert outputs["group_secret"] == SECRET_A and outputs["group_domain"] == group_state["domain_name"]
    assert outputs["group_tags"] == {"team": "video"}
    assert outputs["group_count"] == 102 and outputs["group_auth"] == [CDN_ROLE]
    assert outputs["hls_order"] == "VIDEO_BITRATE_DESCENDING" and outputs["hls_segment"] == 6
    assert outputs["hls_systems"] == [FAIRPLAY] and outputs["hls_without_dash"] is True
    assert outputs["configs"] == {"hls": "mobile", "dash": "HBBTV_1_5"}
    assert outputs["asset_source"] == "arn:aws:s3:::vod-source/movie.smil"
    domain = group_state["domain_name"]
    assert outputs["asset_egress"] == {
        "hls": f"{domain}/out/v1/movie/hls/index.m3u8",
        "dash": f"{domain}/out/v1/movie/dash/index.mpd",
    }
    assert outputs["asset_tags"] == {"title": "movie"}
    assert outputs["assets_in_group"] == ["movie"] and outputs["assets_all"] == ["movie", "trailer"]


def test_plan_time_validation(tf: Workspace) -> None:
    bad_hls = hls(ad_markers="SCTE35", order="BITRATE")
    bad_dash = dash(template="NUMBER_WITH_SEGMENTS", triggers='["ADS", "SPLICE_INSERT"]', profile="HBBTV_2_0")
    # The model requires at least one manifest in every package.
    no_manifest = """
resource "awsmedia_mediapackagevod_packaging_configuration" "mss" {
  id                 = "mss"
  packaging_group_id = awsmedia_mediapackagevod_packaging_group.g.id
  mss_package {
    segment_duration_seconds = 2
  }
}
"""
    tf.write(group() + bad_hls + bad_dash + no_manifest)
    out = tf.plan_fails().out
    text = " ".join(out.split())  # terraform wraps long details
    assert "Error: Invalid value for hls_package.hls_manifests[0].ad_markers" in text, out
    assert "'SCTE35' is not allowed; allowed values: NONE, SCTE35_ENHANCED, PASSTHROUGH." in text
    assert "Error: Invalid value for hls_package.hls_manifests[0].stream_selection.stream_order" in text
    assert (
        "'BITRATE' is not allowed; allowed values: ORIGINAL, VIDEO_BITRATE_ASCENDING, VIDEO_BITRATE_DESCENDING."
        in text
    )
    assert "Error: Invalid value for dash_package.segment_template_format" in text
    assert (
        "'NUMBER_WITH_SEGMENTS' is not allowed; allowed values: "
        "NUMBER_WITH_TIMELINE, TIME_WITH_TIMELINE, NUMBER_WITH_DURATION."
    ) in text
    # Each item of a list of enums is checked on its own, at its own index.
    assert "Error: Invalid value for dash_package.period_triggers[1]" in text
    assert "'SPLICE_INSERT' is not allowed; allowed values: ADS." in text
    assert "Error: Invalid value for dash_package.dash_manifests[0].profile" in text
    assert "'HBBTV_2_0' is not allowed; allowed values: NONE, HBBTV_1_5." in text
    # The paths resolve to the offending lines, which terraform quotes.
    assert 'stream_order = "BITRATE"' in text and 'period_triggers = ["ADS", "SPLICE_INSERT"]' in text
    assert (
        "Error: Insufficient mss_manifests blocks" in text
        and 'At least 1 "mss_manifests" blocks are required.' in text
    )
    assert out.count("Error: ") == 6, out
