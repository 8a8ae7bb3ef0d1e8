-- Dateline's packer: what the edge cache stores for a reader page (deploy/nginx/dateline-edge.conf runs it with
-- content_by_lua_file). It fetches the whole page from an app instance, gzips it once for clients that accept gzip
-- (Debian's lua-zlib), and answers with a Content-Length and headers padded so that the page's body begins on a
-- 4096-byte boundary of nginx's cache file.
--
-- Why the padding: a cache hit is sent with sendfile() from the cache file, at the offset where the body begins.
-- Measured on Linux 6.x (2 cores, loopback, the 238 KB homepage): sendfile from an offset that is not a multiple of
-- the page size cost nginx 40-60 % more CPU per response than from offset 0 (every page of the body straddles two
-- socket buffer fragments), so hits ran at 55-75 % of nginx serving the same bytes as a static file; with the body
-- aligned they run at 95-105 %. A misjudged padding costs only that speed, never correctness;
-- e2e/cluster/cluster.spec.ts checks the stored entries' alignment. Bodies under MIN_ALIGNED are not padded.
--
-- Why not nginx's gzip filter (still used for the newsroom, which is not cached): its output has no length, so the
-- entry is stored with chunked framing that nginx must read, parse and re-frame on every hit instead of sendfile().

local zlib = require("zlib")

-- Bytes nginx 1.22 (64-bit) writes before the key: ngx_http_file_cache_header_t. The key line is "\nKEY: <key>\n".
local CACHE_HEADER = 336
local PAGE = 4096
local PAD_NAME = "X-Dateline-Pad"
local MIN_GZIP = 512
-- Padding is itself parsed on every hit (up to 4 KB of header): it pays for itself from about eight pages of body.
local MIN_ALIGNED = 32768

local REASONS = {
  [200] = "OK", [301] = "Moved Permanently", [302] = "Moved Temporarily", [304] = "Not Modified",
  [307] = "Temporary Redirect", [308] = "Permanent Redirect", [404] = "Not Found", [410] = "Gone",
}

local function compressible(content_type)
  return content_type:find("^text/") or content_type:find("json", 1, true) or content_type:find("xml", 1, true)
    or content_type:find("javascript", 1, true) or content_type:find("x-component", 1, true)
    or content_type:find("svg", 1, true)
end

-- Anything but a read (a server action's POST) goes on to the app unchanged, streamed, through the compressor.
local method = ngx.req.get_method()
if method ~= "GET" and method ~= "HEAD" then
  return ngx.exec("/__stream" .. ngx.var.request_uri)
end

local res = ngx.location.capture("/__origin" .. ngx.var.request_uri, { method = ngx.HTTP_GET })
local body = res.body or ""
local content_type = res.header["Content-Type"] or ""
local gzip = (ngx.var.http_accept_encoding or ""):find("gzip", 1, true)
  and #body >= MIN_GZIP and not res.header["Content-Encoding"] and compressible(content_type)

ngx.status = res.status
if res.status == 304 then
  for name, value in pairs(res.header) do ngx.header[name] = value end
  return
end
-- The length of the header block nginx will write (and the cache will store): status line, Server, Date,
-- Connection, every header passed on, the blank line.
local reason = REASONS[res.status]
local length = reason and (#("HTTP/1.1 200 ") + #reason + 2 + #"Server: nginx\r\n" + #"Date: Sun, 06 Dec 2026 08:21:46 GMT\r\n"
  + #"Connection: keep-alive\r\n" + 2)
for name, value in pairs(res.header) do
  local lower = name:lower()
  if lower ~= "content-length" and lower ~= "transfer-encoding" and lower ~= "connection" and lower ~= "keep-alive" then
    ngx.header[name] = value
    if length then
      for _, v in ipairs(type(value) == "table" and value or { value }) do length = length + #name + 2 + #v + 2 end
    end
  end
end
if gzip then
  body = zlib.deflate(5, 31)(body, "finish")
  ngx.header["Content-Encoding"] = "gzip"
  if length then length = length + #"Content-Encoding: gzip\r\n" end
end
ngx.header["Content-Length"] = #body
local key = ngx.var.http_x_dateline_cache_key
if length and key and #body >= MIN_ALIGNED then
  length = length + #"Content-Length: \r\n" + #tostring(#body)
  local before = CACHE_HEADER + #"\nKEY: " + #key + 1 + length
  local pad = (PAGE - (before + #PAD_NAME + 4) % PAGE) % PAGE
  ngx.header[PAD_NAME] = string.rep("-", pad == 0 and PAGE or pad)
end
if method == "GET" then ngx.print(body) end
