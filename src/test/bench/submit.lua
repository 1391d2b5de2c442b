-- wrk -t2 -c8 -d15s -s src/test/bench/submit.lua http://localhost:8080/api/requests
-- Files the README's example request as employee1 (HTTP Basic), as fast as the server takes them.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic ZW1wbG95ZWUxOmRlbW8="
wrk.body = [[{"category":"HOUSEHOLD_MEMBER","arrangement":"FULL_REMOTE","startDate":"2027-02-08","relationship":"PARENT","attestation":true,"justification":"My father lives with me and is at high risk."}]]
