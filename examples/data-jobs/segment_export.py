"""Nightly export of VIP segment members to the warehouse.

Reads the segment's profiles with the official SDK and the segment list with a plain
requests helper, as the job did before it moved to the SDK.
"""
import os

import requests
from klaviyo_api import KlaviyoAPI

KLAVIYO_BASE = "https://a.klaviyo.com/api"
VIP_SEGMENT = os.environ.get("VIP_SEGMENT_ID", "Ab12Cd")

klaviyo = KlaviyoAPI(os.environ["KLAVIYO_DATA_JOBS_KEY"], max_delay=60, max_retries=3)


def _get(path, **params):
    headers = {
        "Authorization": f"Klaviyo-API-Key {os.environ['KLAVIYO_DATA_JOBS_KEY']}",
        "revision": "2026-07-15",
    }
    return requests.get(f"{KLAVIYO_BASE}{path}", headers=headers, params=params, timeout=30)


def segment_names():
    return [s["attributes"]["name"] for s in _get("/segments").json()["data"]]


def vip_profiles():
    page = klaviyo.Segments.get_profiles_for_segment(VIP_SEGMENT, page_size=100)
    return page["data"]


if __name__ == "__main__":
    print(segment_names())
    print(len(vip_profiles()))
