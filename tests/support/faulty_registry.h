#pragma once
// For tests only: a registry that forwards to another one and fails on command
// (at the k-th write, on reads, on commit). Backup-write failures are injected
// by pointing the backup folder at a path that cannot be written.
#include <optional>
#include <string>

#include "wizard/registry.h"

namespace sg::test {

class faulty_registry : public registry {
public:
    explicit faulty_registry(registry& inner) : inner_(inner) {}

    /// The k-th write (1-based, counting set_value and delete_value) throws.
    void fail_at_write(int k) { fail_write_ = k; }
    /// Every write from the k-th on throws (so rollback writes fail too).
    void fail_from_write(int k) { fail_from_write_ = k; }
    /// Reads of this value name throw.
    void fail_reads_of(std::string value_name) { fail_read_ = std::move(value_name); }
    /// The write succeeds but a different value is stored (verification must catch it).
    void corrupt_write(int k) { corrupt_write_ = k; }
    int writes() const { return writes_; }

    std::string description() const override { return inner_.description(); }
    bool key_exists(std::string_view key) override { return inner_.key_exists(key); }
    std::vector<std::string> subkey_names(std::string_view key) override { return inner_.subkey_names(key); }
    std::vector<std::string> value_names(std::string_view key) override { return inner_.value_names(key); }
    std::optional<reg_value> find_value(std::string_view key, std::string_view name) override;
    void set_value(std::string_view key, std::string_view name, const reg_value& value) override;
    void delete_value(std::string_view key, std::string_view name) override;
    void commit() override { inner_.commit(); }

private:
    void count_write(std::string_view key, std::string_view name);

    registry& inner_;
    int writes_ = 0;
    std::optional<int> fail_write_;
    std::optional<int> fail_from_write_;
    std::optional<int> corrupt_write_;
    std::optional<std::string> fail_read_;
};

}  // namespace sg::test
