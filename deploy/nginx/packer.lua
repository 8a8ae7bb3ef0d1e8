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
-- The static tier: a reader's plain request for a page that the edge's static tier did not have comes here with
-- X-Dateline-Tier naming the file it would be (dateline-edge.conf). When the app's answer is a public HTML page whose
-- headers are exactly the tier's (the reader headers file, plus what a static file answers differently: its length,
-- date, validators), the packer writes the page there, identity and gzip, so the next request is a static file.
--
-- Why not nginx's gzip filter (still used for the newsroom, which is not cached): its output has no length, so the
-- entry is stored with chunked framing that nginx must read, parse and re-frame on every hit instead of sendfile().

local zlib = require("zlib")
local ffi = require("ffi")
if not package.loaded["dateline.mkdir"] then
  ffi.cdef("int mkdir(const char *path, unsigned int mode);")
  package.loaded["dateline.mkdir"] = true
end

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

-- Headers of the app's answer that a file of the tier answers in its own way without a reader noticing: its length,
-- date and validators, Next's notes about its own cache, and the two the tier sets itself (type and lifetime).
local TIER_OWN = {
  ["content-length"] = true, ["date"] = true, ["etag"] = true, ["last-modified"] = true, ["connection"] = true,
  ["keep-alive"] = true, ["transfer-encoding"] = true, ["x-nextjs-cache"] = true, ["x-nextjs-prerender"] = true,
  ["x-nextjs-stale-time"] = true, ["content-type"] = true, ["cache-control"] = true,
}

-- What the app's answer must carry for a file of the tier to stand for it: the headers the tier is served with (read
-- once per worker from the file nginx includes), less those it answers in its own way, and Vary as the app sends it
-- (the tier adds Accept-Encoding: it serves both encodings from one address). Also how many there are.
local function tier_expects(file)
  local loaded = package.loaded["dateline.tier-expects"]
  if loaded and loaded.file == file then return loaded.headers, loaded.count end
  local handle = io.open(file, "r")
  if not handle then return nil end
  local headers, count = {}, 0
  for name, value in handle:read("*a"):gmatch('add_header%s+([%w%-]+)%s+"([^"]*)"') do
    local lower = name:lower()
    if not TIER_OWN[lower] then
      headers[lower] = lower == "vary" and value:gsub("^Accept%-Encoding, ", "") or value
      count = count + 1
    end
  end
  handle:close()
  package.loaded["dateline.tier-expects"] = { file = file, headers = headers, count = count }
  return headers, count
end

-- The tier's file for this request, or nil: a reader's plain GET, named by the edge, with a name made only of the
-- characters an address of Dateline's uses.
local function tier_path()
  local file = ngx.var.http_x_dateline_tier
  if not file or file == "/-" or #file > 240 or not file:find("^/[%w%-_./]*$") or file:find("..", 1, true) then return nil end
  local root = ngx.var.document_root
  return root and root .. file
end

-- Whether the app's answer can be served as a file of the tier: a public HTML page whose headers are the tier's.
local function tier_can_serve(res)
  local expected, count = tier_expects(ngx.var.dateline_reader_headers)
  if res.status ~= 200 or not expected then return false end
  if (res.header["Content-Type"] or ""):lower() ~= "text/html; charset=utf-8" then return false end
  local cache_control = (res.header["Cache-Control"] or ""):lower()
  if cache_control:find("private", 1, true) or cache_control:find("no-store", 1, true) or cache_control:find("no-cache", 1, true) then return false end
  local seen = 0
  for name, value in pairs(res.header) do
    local lower = name:lower()
    if not TIER_OWN[lower] then
      if type(value) ~= "string" or value ~= expected[lower] then return false end
      seen = seen + 1
    end
  end
  return seen == count
end

local function write_file(path, data)
  local temporary = path .. "." .. ngx.worker.pid() .. ".tmp"
  local handle = io.open(temporary, "wb")
  if not handle then return false end
  local written = handle:write(data)
  handle:close()
  return written and os.rename(temporary, path) or (os.remove(temporary) and false)
end

-- Writes the page to the tier, gzip copy first (nginx's gzip_static looks for it once the plain file exists).
local function tier_write(path, plain, gzipped)
  local dir = path:match("^(.*)/[^/]*$")
  local prefix = ""
  for part in dir:gmatch("[^/]+") do
    prefix = prefix .. "/" .. part
    ffi.C.mkdir(prefix, 493) -- 0755; a folder that exists already is fine
  end
  if not (write_file(path .. ".gz", gzipped or zlib.deflate(5, 31)(plain, "finish")) and write_file(path, plain)) then
    ngx.log(ngx.WARN, "the static tier could not be written at ", path)
  end
end

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

local tier = method == "GET" and tier_path()
if tier then
  local existing = io.open(tier, "r")
  if existing then
    existing:close()
    tier = nil
  else
    -- The cache revalidating its entry would get a 304 without the page the tier needs.
    ngx.req.clear_header("If-None-Match")
    ngx.req.clear_header("If-Modified-Since")
  end
end

local res = ngx.location.capture("/__origin" .. ngx.var.request_uri, { method = ngx.HTTP_GET })
local body = res.body or ""
local plain = body
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
if tier and tier_can_serve(res) then
  tier_write(tier, plain, gzip and body)
end
local key = ngx.var.http_x_dateline_cache_key
if length and key and #body >= MIN_ALIGNED then
  length = length + #"Content-Length: \r\n" + #tostring(#body)
  local before = CACHE_HEADER + #"\nKEY: " + #key + 1 + length
  local pad = (PAGE - (before + #PAD_NAME + 4) % PAGE) % PAGE
  ngx.header[PAD_NAME] = string.rep("-", pad == 0 and PAGE or pad)
end
if method == "GET" then ngx.print(body) end
