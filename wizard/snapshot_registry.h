#pragma once
// An offline registry: a .reg export of a Windows machine, loaded as a registry.
// Writes change the document; commit() writes it back to the file (atomically,
// flushed) when its content changed, keeping comments, order and spelling.
#include <filesystem>
#include <memory>

#include "wizard/reg_file.h"
#include "wizard/registry.h"

namespace sg {

class snapshot_registry : public registry {
public:
    /// Loads the file; throws file_error / input_error.
    explicit snapshot_registry(std::filesystem::path file);
    /// A snapshot held in memory only (commit() does nothing); file_label names it in messages.
    snapshot_registry(reg_document doc, std::string file_label);
    ~snapshot_registry() override;

    std::string description() const override;
    bool key_exists(std::string_view key) override;
    std::vector<std::string> subkey_names(std::string_view key) override;
    std::vector<std::string> value_names(std::string_view key) override;
    std::optional<reg_value> find_value(std::string_view key, std::string_view name) override;
    void set_value(std::string_view key, std::string_view name, const reg_value& value) override;
    void delete_value(std::string_view key, std::string_view name) override;
    void commit() override;

    const reg_document& document() const;
    const std::filesystem::path& file() const;

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

}  // namespace sg
