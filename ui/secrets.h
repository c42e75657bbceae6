#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <string>

namespace burnrate::ui {

// Source API keys live in the OS keychain (QtKeychain), never in the database.
namespace secrets {

QString keychainService();
QString keyFor(const QString& sourceName);

// Stores asynchronously; `done` gets an error text (empty on success) on `context`'s thread.
void store(
    const QString& sourceName, const QString& secret, QObject* context, std::function<void(const QString& error)> done);
void remove(const QString& sourceName);
// Whether a key is stored, asynchronously: `done` gets (stored, error text - empty unless the keychain
// failed) on `context`'s thread. The key itself is not handed out.
void probe(const QString& sourceName, QObject* context, std::function<void(bool stored, const QString& error)> done);

// For worker threads only: QtKeychain 0.13 can block on a locked wallet, so the read runs its own
// event loop and gives up after `timeoutMs`. Returns an empty string when nothing is stored,
// on timeout or on error (`error` says which); callers then fall back to the environment variable.
QString readBlocking(const QString& sourceName, int timeoutMs, QString* error = nullptr);

// For worker threads: a source's key from the keychain (5 s at most), else from the environment variable
// the source names; "" when neither has one.
std::string forSource(const std::string& sourceName, const std::string& keyEnv);

} // namespace secrets

} // namespace burnrate::ui
