#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace burnrate {

// Hands batches from one producer thread to one consumer, holding at most `depth` full batches: the
// producer waits when the consumer falls behind, so memory stays bounded. Emptied batches go back to
// the producer for reuse (their elements keep their allocations). Either side may stop the other:
// close() (producer: no more batches) or cancel() (consumer: stop producing).
template <class T> class BatchPipe
{
public:
    explicit BatchPipe(std::size_t depth = 2)
        : m_depth(depth ? depth : 1)
    {
    }

    // Producer: a batch to fill (a recycled one when available).
    std::vector<T> emptyBatch()
    {
        std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return {};
        std::vector<T> b = std::move(m_free.back());
        m_free.pop_back();
        return b;
    }
    // Producer: false when the consumer cancelled (stop producing).
    bool push(std::vector<T>&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_cancelled || m_full.size() < m_depth; });
        if (m_cancelled)
            return false;
        m_full.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    // Consumer: the next batch, or false once the producer closed and everything was taken.
    bool pop(std::vector<T>& out)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_full.empty() || m_closed; });
        if (m_full.empty())
            return false;
        out = std::move(m_full.front());
        m_full.pop_front();
        m_changed.notify_all();
        return true;
    }
    // Consumer: gives a batch it has finished with back for reuse (its size is kept, its contents not read).
    void recycle(std::vector<T>&& batch)
    {
        std::lock_guard lock(m_mutex);
        if (m_free.size() < m_depth + 2)
            m_free.push_back(std::move(batch));
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<T>> m_full;
    std::vector<std::vector<T>> m_free;
    std::size_t m_depth;
    bool m_closed = false, m_cancelled = false;
};

} // namespace burnrate
