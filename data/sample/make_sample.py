#!/usr/bin/env python3
"""Writes the bundled sample CRM export (contacts.csv, calls.csv, notes.csv).

Deterministic (fixed seed): running it again gives the same files. About 40 contacts in DE, NO,
SE, GB and US, a few hundred phone attempts from January to March 2026 (across the US and EU
daylight-saving changes), call notes, emails, and on purpose a handful of bad rows of every kind
the ingest rejects, each marked in the 'campaign' column as 'bad-row-example'.
"""
import csv, random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

rnd = random.Random(20260301)
people = [
    # id, country, subdivision, zone, industry, role, language
    ("c-001", "DE", "DE-BY", "", "manufacturing", "production_manager", "de"),
    ("c-002", "DE", "DE-BY", "", "it", "it_lead", "de"),
    ("c-003", "DE", "DE-NW", "", "restaurant", "owner", "de"),
    ("c-004", "DE", "DE-BE", "", "finance", "cfo", "de"),
    ("c-005", "DE", "DE-HH", "Europe/Berlin", "retail", "purchasing", "de"),
    ("c-006", "DE", "", "", "it", "it_lead", "en"),
    ("c-007", "DE", "DE-BW", "", "manufacturing", "purchasing", "de"),
    ("c-008", "DE", "DE-SN", "", "restaurant", "owner", "de"),
    ("c-009", "NO", "", "", "manufacturing", "production_manager", "no"),
    ("c-010", "NO", "", "", "it", "it_lead", "no"),
    ("c-011", "NO", "", "Europe/Oslo", "retail", "purchasing", "no"),
    ("c-012", "NO", "", "", "restaurant", "owner", "en"),
    ("c-013", "SE", "", "", "finance", "cfo", "en"),
    ("c-014", "SE", "", "", "it", "it_lead", "en"),
    ("c-015", "SE", "", "", "manufacturing", "purchasing", "en"),
    ("c-016", "GB", "GB-ENG", "", "finance", "cfo", "en"),
    ("c-017", "GB", "GB-ENG", "", "it", "it_lead", "en"),
    ("c-018", "GB", "GB-SCT", "", "restaurant", "owner", "en"),
    ("c-019", "GB", "", "Europe/London", "retail", "purchasing", "en"),
    ("c-020", "GB", "GB-WLS", "", "manufacturing", "production_manager", "en"),
    ("c-021", "US", "US-CA", "", "it", "it_lead", "en"),
    ("c-022", "US", "US-CA", "America/Los_Angeles", "restaurant", "owner", "en"),
    ("c-023", "US", "US-TX", "", "manufacturing", "production_manager", "en"),
    ("c-024", "US", "US-IL", "", "finance", "cfo", "en"),
    ("c-025", "US", "US-NY", "", "retail", "purchasing", "en"),
    ("c-026", "US", "US-NY", "", "it", "it_lead", "en"),
    ("c-027", "US", "US-CO", "", "manufacturing", "purchasing", "en"),
    ("c-028", "US", "", "America/Chicago", "restaurant", "owner", "en"),
    ("c-029", "US", "US-AZ", "", "finance", "cfo", "en"),
    ("c-030", "US", "US-WA", "", "it", "it_lead", "en"),
    ("c-031", "DE", "DE-BY", "", "it", "purchasing", "de"),
    ("c-032", "NO", "", "", "finance", "cfo", "no"),
    ("c-033", "SE", "", "", "restaurant", "owner", "en"),
    ("c-034", "GB", "GB-NIR", "", "it", "it_lead", "en"),
    ("c-035", "US", "US-FL", "", "retail", "purchasing", "en"),
    ("c-036", "US", "US-MA", "", "manufacturing", "production_manager", "en"),
]
# Bad contact rows, each with the reason the ingest will give.
bad_contacts = [
    ("c-037", "DE", "", "Europe/Berlín", "it", "it_lead", "de"),       # unknown zone
    ("c-038", "US", "", "", "retail", "owner", "en"),                 # US spans several zones
    ("c-039", "Germany", "", "", "it", "cfo", "de"),                   # not an ISO country code
    ("c-001", "DE", "DE-BY", "", "it", "it_lead", "de"),               # duplicate id
]
# Hours at which each segment tends to pick up (the sample's own, simple truth).
good_hours = {
    "it_lead": range(10, 17), "owner": range(14, 17), "production_manager": range(7, 10),
    "purchasing": range(9, 12), "cfo": range(8, 11),
}
zone_of = {"DE": "Europe/Berlin", "NO": "Europe/Oslo", "SE": "Europe/Stockholm", "GB": "Europe/London"}
us_zone = {"US-CA": "America/Los_Angeles", "US-TX": "America/Chicago", "US-IL": "America/Chicago",
           "US-NY": "America/New_York", "US-CO": "America/Denver", "US-AZ": "America/Phoenix",
           "US-WA": "America/Los_Angeles", "US-FL": "America/New_York", "US-MA": "America/New_York"}

with open("contacts.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")  # a CRM export on Windows
    w.writerow(["Contact_ID", "Country", "Subdivision", "Zone", "Industry", "Company_ID", "Company_Size",
                "Role", "Language", "campaign"])
    for i, p in enumerate(people + bad_contacts):
        size = "many" if p[0] == "c-035" else str(rnd.choice([12, 45, 180, 900, 4000]))
        w.writerow([p[0], p[1], p[2], p[3], p[4], f"co-{i % 20:03d}", size, p[5], p[6],
                    "bad-row-example" if p in bad_contacts or p[0] == "c-035" else "winter-2026"])

outcomes_miss = ["no_answer"] * 5 + ["voicemail"] * 3 + ["gatekeeper"] * 2 + ["busy"]
notes_for = {
    "c-002": "Spoke to his assistant, he is free after 10, best Tue/Thu.",
    "c-003": 'She said: "call me between 2 and 4 pm, never during lunch service"',
    "c-016": "LVM. Gatekeeper says he's in board meetings every Monday morning",
    "c-021": "Prefers afternoons, California time.\nSent deck, follow up next week.",
    "c-024": "OOO until 14 Jan, back on the 15th",
}
calls = []
start = datetime(2026, 1, 5, tzinfo=timezone.utc)
n = 0
for p in people:
    cid, country, sub, zone = p[0], p[1], p[2], p[3]
    tz = ZoneInfo(zone or zone_of.get(country) or us_zone[sub])
    hours = good_hours[p[5]]
    for k in range(rnd.randint(8, 14)):
        day = start + timedelta(days=rnd.randint(0, 88))
        local = day.astimezone(tz).replace(hour=rnd.randint(8, 17), minute=rnd.randint(0, 59), second=rnd.randint(0, 59))
        if local.weekday() >= 5:
            local += timedelta(days=7 - local.weekday())
        p_connect = 0.45 if local.hour in hours else 0.08
        connected = rnd.random() < p_connect
        outcome = "connected" if connected else rnd.choice(outcomes_miss)
        n += 1
        at_utc = local.astimezone(timezone.utc)
        style = n % 3
        at = (at_utc.strftime("%Y-%m-%dT%H:%M:%SZ") if style == 0 else
              local.isoformat() if style == 1 else local.isoformat().replace("T", " "))
        note = notes_for.get(cid, "") if k == 0 else ""
        calls.append([f"a-{n:04d}", cid, at, outcome, "phone", f"rep-{n % 5 + 1}",
                      str(rnd.randint(40, 900)) if connected else "0",
                      ("true" if rnd.random() < 0.3 else "false") if connected else "false",
                      "uniform-9-17", "0.125", note, "winter-2026"])
bad_calls = [
    ["a-9001", "c-005", "2026-02-03T10:15:00+01:00", "answered", "phone", "rep-1", "60", "false", "", "", "", ""],
    ["a-9002", "c-006", "2026-02-03 10:15:00", "connected", "phone", "rep-1", "60", "false", "", "", "", ""],
    ["a-9003", "c-007", "03/02/2026 10:15", "no_answer", "phone", "rep-2", "0", "false", "", "", "", ""],
    ["a-9004", "c-999", "2026-02-04T11:00:00+01:00", "no_answer", "phone", "rep-2", "0", "false", "", "", "", ""],
    ["a-9005", "c-037", "2026-02-04T11:00:00+01:00", "connected", "phone", "rep-3", "120", "true", "", "", "", ""],
    ["a-9006", "c-038", "2026-02-04T16:00:00Z", "voicemail", "phone", "rep-3", "0", "false", "", "", "", ""],
    ["a-0001", "c-009", "2026-02-05T09:00:00+01:00", "connected", "phone", "rep-4", "30", "false", "", "", "", ""],
    ["a-9008", "c-010", "2026-02-05T09:00:00+01:00", "connected", "phone", "rep-4", "-30", "false", "", "", "", ""],
    ["a-9009", "c-011", "2026-02-05T09:00:00+01:00", "no_answer", "phone", "rep-5", "0", "false", "uniform-9-17", "1.5", "", ""],
    ["a-9010", "c-012", "2026-02-05T09:00:00+01:00", "connected", "email", "rep-5", "0", "false", "", "", "", ""],
    ["a-9011", "", "2026-02-05T09:00:00+01:00", "connected", "phone", "rep-5", "0", "false", "", "", "", ""],
]
for b in bad_calls:
    b[-1] = "bad-row-example"
rows = calls[:]
for i, b in enumerate(bad_calls):
    rows.insert(17 + i * 31, b)
with open("calls.csv", "w", newline="", encoding="utf-8-sig") as f:  # with a byte order mark
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["attempt_id", "contact_id", "at", "outcome", "channel", "rep_id", "duration_s", "meeting_booked",
                "policy", "propensity", "note", "campaign"])
    w.writerows(rows)

notes = [
    ("n-01", "c-001", "2026-01-12T08:40:00+01:00", "Bin ab nächster Woche im Urlaub, bis einschließlich 23.01.", "email_in", "de"),
    ("n-02", "c-004", "2026-01-20T15:05:00+01:00", "Please call me in the afternoon, mornings are full of meetings.", "email_in", "en"),
    ("n-03", "c-009", "2026-02-02T07:55:00+01:00", "Ring meg gjerne etter lunsj, før kl 15.", "email_in", "no"),
    ("n-04", "c-013", "2026-02-09T10:00:00+01:00", "Not before 10, but any time after lunch works.", "email_in", "en"),
    ("n-05", "c-017", "2026-02-10T09:12:00+00:00", "I'm on vacation until February 23rd, checking email occasionally.", "email_in", "en"),
    ("n-06", "c-023", "2026-02-11T13:30:00-06:00", "Thanks for the deck, the team will review it by Friday.", "email_in", "en"),
    ("n-07", "c-025", "2026-02-12T11:00:00-05:00", "How about Tuesday at 10?", "email_out", "en"),
    ("n-08", "c-026", "2026-02-16T16:20:00-05:00", "GK: in production meetings every morning, try after 1:30 Tue/Thu", "call_note", "en"),
    ("n-09", "c-030", "2026-02-17T09:45:00-08:00", "never call Mondays before lunch", "call_note", "en"),
    ("n-10", "c-018", "2026-02-18T14:00:00+00:00", "Owner only free between 2 and 4, restaurant busy otherwise.", "call_note", "en"),
    ("n-11", "c-032", "2026-02-19T08:00:00+01:00", "Takk for sist! Jeg er på ferie til og med 6. mars.", "email_in", "no"),
    ("n-12", "c-036", "2026-03-02T10:30:00-05:00", "Out sick today and tomorrow, back Thursday.", "email_in", "en"),
    ("n-13", "c-021", "2026-03-09T12:00:00-07:00", "Best to reach me Tuesdays between 2 and 3 pm.", "email_in", "en"),
    ("n-14", "c-014", "2026-03-10T09:00:00+01:00", "Sent the proposal, \"pricing v2\", waiting for feedback.", "call_note", "en"),
    ("n-15", "c-027", "2026-03-11T15:00:00-06:00", "At the trade fair all next week.", "email_in", "en"),
    ("n-16", "c-006", "2026-03-12T10:00:00+01:00", "", "call_note", "en"),
    ("n-17", "c-998", "2026-03-12T10:00:00+01:00", "Call me after 4.", "email_in", "en"),
    ("n-18", "c-006", "2026-03-12 10:00", "Call me after 4.", "email_in", "en"),
    ("n-02", "c-004", "2026-03-13T10:00:00+01:00", "Duplicate id on purpose.", "email_in", "en"),
]
with open("notes.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "contact_id", "at", "text", "source", "lang"])
    w.writerows(notes)
print(f"{len(people) + len(bad_contacts)} contacts, {len(rows)} calls, {len(notes)} notes")
