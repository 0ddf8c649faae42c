# http.HTTPStatus and http.HTTPMethod.
from http import HTTPStatus, HTTPMethod

print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus.OK.phrase, HTTPStatus.OK.description)
print(HTTPStatus(404), HTTPStatus(404).name, HTTPStatus.NOT_FOUND == 404)
print(HTTPStatus.IM_A_TEAPOT.phrase, HTTPStatus.PROCESSING.description == "")
print(len(HTTPStatus), [s.value for s in HTTPStatus][:8])
print(f"{HTTPStatus.CREATED}", HTTPStatus.CREATED + 1, int(HTTPStatus.NO_CONTENT))
try:
    HTTPStatus(299)
except ValueError as e:
    print(e)
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.GET == "GET")
print(HTTPMethod.PATCH.description)
print(sorted(m.value for m in HTTPMethod))
print(HTTPStatus["BAD_GATEWAY"].value, isinstance(HTTPStatus.OK, int))
