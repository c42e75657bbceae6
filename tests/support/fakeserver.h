#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 (ephemeral port) running in its own std::thread, for
// testing the blocking libcurl client against real sockets. One request per connection
// ("Connection: close"); handlers run on the server thread.

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace burnrate::test {

struct FakeRequest
{
    std::string method, path, rawQuery, target;
    std::multimap<std::string, std::string> query; // decoded
    std::map<std::string, std::string> headers; // lower-case names
    std::string body; // as many bytes as Content-Length announced

    std::string param(const std::string& k) const
    {
        auto it = query.find(k);
        return it == query.end() ? std::string() : it->second;
    }
    std::vector<std::string> params(const std::string& k) const
    {
        std::vector<std::string> out;
        auto [a, b] = query.equal_range(k);
        for (auto it = a; it != b; ++it)
            out.push_back(it->second);
        return out;
    }
    std::string header(const std::string& k) const
    {
        auto it = headers.find(k);
        return it == headers.end() ? std::string() : it->second;
    }
};

struct FakeResponse
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    bool chunked = false; // Transfer-Encoding: chunked (no Content-Length)
    std::size_t chunkSize = 0; // split the body into chunks of this size (0 = one)
    int delayMsPerChunk = 0; // sleep before each chunk (slow bodies)
    bool truncate = false; // announce the full length, send half, close
    std::size_t repeatBody = 1; // send the body this many times (huge bodies without memory)
};

inline std::string urlDecode(const std::string& s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else if (s[i] == '+') {
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

class FakeServer
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;

    explicit FakeServer(Handler h)
        : m_handler(std::move(h))
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
        ::listen(m_fd, 16);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~FakeServer()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
    }
    FakeServer(const FakeServer&) = delete;
    FakeServer& operator=(const FakeServer&) = delete;

    int port() const
    {
        return m_port;
    }
    std::string url() const
    {
        return "http://127.0.0.1:" + std::to_string(m_port);
    }
    std::vector<FakeRequest> requests() const
    {
        std::lock_guard<std::mutex> l(m_mutex);
        return m_requests;
    }
    void clearRequests()
    {
        std::lock_guard<std::mutex> l(m_mutex);
        m_requests.clear();
    }
    void setHandler(Handler h)
    {
        std::lock_guard<std::mutex> l(m_mutex);
        m_handler = std::move(h);
    }

private:
    void run()
    {
        while (!m_stop) {
            pollfd p { m_fd, POLLIN, 0 };
            if (::poll(&p, 1, 50) <= 0)
                continue;
            int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0)
                continue;
            serve(c);
            ::close(c);
        }
    }

    bool sendAll(int c, const char* data, std::size_t n)
    {
        while (n > 0) {
            ssize_t w = ::send(c, data, n, MSG_NOSIGNAL);
            if (w <= 0)
                return false;
            data += w;
            n -= static_cast<std::size_t>(w);
        }
        return true;
    }

    bool pause(int ms)
    {
        auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        while (std::chrono::steady_clock::now() < until) {
            if (m_stop)
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return true;
    }

    void serve(int c)
    {
        std::string in;
        char buf[4096];
        while (in.find("\r\n\r\n") == std::string::npos && in.size() < (1 << 20)) {
            pollfd p { c, POLLIN, 0 };
            if (::poll(&p, 1, 2000) <= 0)
                return;
            ssize_t r = ::recv(c, buf, sizeof buf, 0);
            if (r <= 0)
                return;
            in.append(buf, static_cast<std::size_t>(r));
        }
        FakeRequest req;
        std::size_t eol = in.find("\r\n");
        std::string first = in.substr(0, eol);
        auto sp1 = first.find(' '), sp2 = first.rfind(' ');
        req.method = first.substr(0, sp1);
        req.target = first.substr(sp1 + 1, sp2 - sp1 - 1);
        auto q = req.target.find('?');
        req.path = req.target.substr(0, q);
        if (q != std::string::npos) {
            req.rawQuery = req.target.substr(q + 1);
            std::size_t pos = 0;
            while (pos <= req.rawQuery.size()) {
                auto amp = req.rawQuery.find('&', pos);
                if (amp == std::string::npos)
                    amp = req.rawQuery.size();
                std::string kv = req.rawQuery.substr(pos, amp - pos);
                auto eq = kv.find('=');
                if (!kv.empty())
                    req.query.emplace(urlDecode(kv.substr(0, eq)),
                        eq == std::string::npos ? std::string() : urlDecode(kv.substr(eq + 1)));
                pos = amp + 1;
            }
        }
        std::size_t pos = eol + 2;
        while (true) {
            std::size_t e = in.find("\r\n", pos);
            if (e == std::string::npos || e == pos)
                break;
            std::string line = in.substr(pos, e - pos);
            auto colon = line.find(':');
            if (colon != std::string::npos) {
                std::string k = line.substr(0, colon);
                for (auto& ch : k)
                    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                std::string v = line.substr(colon + 1);
                while (!v.empty() && v.front() == ' ')
                    v.erase(0, 1);
                req.headers[k] = v;
            }
            pos = e + 2;
        }
        const std::size_t bodyStart = in.find("\r\n\r\n") + 4;
        std::size_t want = 0;
        if (auto it = req.headers.find("content-length"); it != req.headers.end())
            want = std::min<std::size_t>(std::strtoull(it->second.c_str(), nullptr, 10), 64u << 20);
        while (in.size() - bodyStart < want) {
            pollfd p { c, POLLIN, 0 };
            if (::poll(&p, 1, 2000) <= 0)
                break;
            ssize_t r = ::recv(c, buf, sizeof buf, 0);
            if (r <= 0)
                break;
            in.append(buf, static_cast<std::size_t>(r));
        }
        req.body = in.substr(bodyStart, want);
        Handler h;
        {
            std::lock_guard<std::mutex> l(m_mutex);
            m_requests.push_back(req);
            h = m_handler;
        }
        FakeResponse resp = h(req);
        std::string head = "HTTP/1.1 " + std::to_string(resp.status) + " X\r\nConnection: close\r\n";
        if (!resp.contentType.empty())
            head += "Content-Type: " + resp.contentType + "\r\n";
        for (const auto& [k, v] : resp.headers)
            head += k + ": " + v + "\r\n";
        std::size_t total = resp.body.size() * resp.repeatBody;
        if (resp.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else
            head += "Content-Length: " + std::to_string(total) + "\r\n";
        head += "\r\n";
        if (!sendAll(c, head.data(), head.size()))
            return;
        std::size_t limit = resp.truncate ? total / 2 : total;
        std::size_t chunk = resp.chunkSize ? resp.chunkSize : std::max<std::size_t>(resp.body.size(), 1);
        std::size_t sent = 0;
        for (std::size_t rep = 0; rep < resp.repeatBody && sent < limit; ++rep) {
            for (std::size_t off = 0; off < resp.body.size() && sent < limit; off += chunk) {
                std::size_t n = std::min({ chunk, resp.body.size() - off, limit - sent });
                if (resp.delayMsPerChunk && !pause(resp.delayMsPerChunk))
                    return;
                if (resp.chunked) {
                    char size[32];
                    std::snprintf(size, sizeof size, "%zx\r\n", n);
                    if (!sendAll(c, size, std::strlen(size)) || !sendAll(c, resp.body.data() + off, n)
                        || !sendAll(c, "\r\n", 2))
                        return;
                } else if (!sendAll(c, resp.body.data() + off, n)) {
                    return;
                }
                sent += n;
            }
        }
        if (resp.chunked && !resp.truncate)
            sendAll(c, "0\r\n\r\n", 5);
        ::shutdown(c, SHUT_WR);
        // Drain so the client sees an orderly close rather than a reset.
        pollfd p { c, POLLIN, 0 };
        if (::poll(&p, 1, 100) > 0)
            ::recv(c, buf, sizeof buf, 0);
    }

    Handler m_handler;
    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::vector<FakeRequest> m_requests;
};

} // namespace burnrate::test
