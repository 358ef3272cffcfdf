// A .reg export used as a registry. The document stays the source of truth (so
// writing it back keeps comments, order and spelling); an index built by
// replaying the document in file order answers lookups in O(1).
#include "wizard/snapshot_registry.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/reg_path.h"

namespace sg {

namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

constexpr std::string_view root_keys[] = {
    "HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER",     "HKEY_CLASSES_ROOT", "HKEY_USERS",
    "HKEY_CURRENT_CONFIG", "HKEY_PERFORMANCE_DATA", "HKEY_DYN_DATA",
};

bool is_root_key(std::string_view normalized) {
    return std::find(std::begin(root_keys), std::end(root_keys), normalized) != std::end(root_keys);
}

/// Where an entry of the document is: section (doc.keys index) and value index.
struct entry_ref {
    std::string folded_name;
    std::size_t section = none;
    std::size_t index = none;
};

struct key_node {
    std::string name;  ///< spelling of the last path component
    key_node* parent = nullptr;
    std::vector<key_node*> children;  ///< live subkeys, in the order they appeared
    std::vector<entry_ref> values;    ///< live values, in the order they appeared
    /// `"name"=-` entries that are the last word on a value: setting that value
    /// again can reuse the line.
    std::vector<entry_ref> deletions;
    std::vector<std::size_t> sections;  ///< the key's `[key]` sections since its last deletion
    std::size_t last_section = none;  ///< the last of them
    bool alive = false;

    entry_ref* find(std::vector<entry_ref>& list, std::string_view folded) {
        for (auto& r : list)
            if (r.folded_name == folded) return &r;
        return nullptr;
    }
};

/// The state of the registry a document describes, found by replaying it.
class key_index {
public:
    explicit key_index(const reg_document& doc) {
        nodes_.reserve(doc.keys.size() + doc.keys.size() / 4);
        for (std::size_t s = 0; s < doc.keys.size(); ++s) apply_section(doc, s);
    }

    key_node* find(const std::string& identity) {
        auto it = nodes_.find(identity);
        return (it != nodes_.end() && it->second.alive) ? &it->second : nullptr;
    }

    /// Makes the key (and its ancestors) exist. `path` is normalized and
    /// `identity` is fold_case(path), which has the same length and backslashes.
    key_node& ensure(const std::string& path, const std::string& identity) {
        if (auto* n = find(identity)) return *n;
        // Start from the nearest live ancestor: usually the parent, as exports list parents first.
        key_node* parent = nullptr;
        std::size_t start = 0;
        for (std::size_t cut = identity.rfind('\\'); cut != std::string::npos && cut > 0;
             cut = identity.rfind('\\', cut - 1)) {
            if (auto* a = find(identity.substr(0, cut))) {
                parent = a;
                start = cut + 1;
                break;
            }
        }
        for (std::size_t pos = start; pos <= identity.size();) {
            std::size_t next = identity.find('\\', pos);
            if (next == std::string::npos) next = identity.size();
            key_node& n = nodes_[identity.substr(0, next)];
            if (!n.alive) {
                n = key_node{};
                n.name = path.substr(pos, next - pos);
                n.parent = parent;
                n.alive = true;
                if (parent) parent->children.push_back(&n);
            }
            parent = &n;
            pos = next + 1;
        }
        return *parent;
    }

    void apply_section(const reg_document& doc, std::size_t s) {
        const reg_file_key& section = doc.keys[s];
        const std::string path = normalize_key_path(section.path);
        const std::string identity = fold_case(path);
        if (section.deleted) {
            if (auto* n = find(identity)) remove(*n);
            return;
        }
        key_node& node = ensure(path, identity);
        node.sections.push_back(s);
        node.last_section = s;
        for (std::size_t i = 0; i < section.values.size(); ++i) {
            const auto& entry = section.values[i];
            std::string folded = fold_case(entry.name);
            auto drop = [&](std::vector<entry_ref>& list) {
                list.erase(std::remove_if(list.begin(), list.end(),
                                          [&](const entry_ref& r) { return r.folded_name == folded; }),
                           list.end());
            };
            if (entry.value) {
                drop(node.deletions);
                if (auto* r = node.find(node.values, folded)) {
                    r->section = s;
                    r->index = i;
                } else {
                    node.values.push_back({std::move(folded), s, i});
                }
            } else {
                drop(node.values);
                drop(node.deletions);
                node.deletions.push_back({std::move(folded), s, i});
            }
        }
    }

    std::size_t live_keys() const {
        return static_cast<std::size_t>(
            std::count_if(nodes_.begin(), nodes_.end(), [](const auto& kv) { return kv.second.alive; }));
    }

    template <typename F>
    void for_each_live(F f) const {
        for (const auto& [id, node] : nodes_)
            if (node.alive) f(id, node);
    }

private:
    void remove(key_node& n) {
        if (n.parent) {
            auto& siblings = n.parent->children;
            siblings.erase(std::remove(siblings.begin(), siblings.end(), &n), siblings.end());
        }
        kill(n);
    }

    static void kill(key_node& n) {
        for (key_node* c : n.children) kill(*c);
        n.children.clear();
        n.values.clear();
        n.deletions.clear();
        n.sections.clear();
        n.last_section = none;
        n.alive = false;
    }

    // unordered_map keeps nodes in place, so the pointers between them stay valid.
    std::unordered_map<std::string, key_node> nodes_;
};

/// True when both documents describe the same keys and values (names compared
/// case-insensitively, layout and order ignored).
bool same_state(const reg_document& a, key_index& ia, const reg_document& b, key_index& ib) {
    if (ia.live_keys() != ib.live_keys()) return false;
    bool same = true;
    ia.for_each_live([&](const std::string& id, const key_node& na) {
        if (!same) return;
        key_node* nb = ib.find(id);
        if (!nb || nb->values.size() != na.values.size()) {
            same = false;
            return;
        }
        for (const auto& ra : na.values) {
            const entry_ref* rb = nb->find(nb->values, ra.folded_name);
            if (!rb || a.keys[ra.section].values[ra.index].value != b.keys[rb->section].values[rb->index].value) {
                same = false;
                return;
            }
        }
    });
    return same;
}

}  // namespace

struct snapshot_registry::impl {
    std::filesystem::path file;
    std::string label;
    bool in_memory = false;
    reg_document doc;
    std::string on_disk;  ///< the file's bytes as loaded or last written
    bool written_since_commit = false;
    std::vector<bool> created_sections;  ///< per doc.keys index: added by this object
    std::unique_ptr<key_index> index;

    void rebuild() { index = std::make_unique<key_index>(doc); }

    struct resolved {
        std::string path;      ///< normalized, with CurrentControlSet mapped when needed
        std::string identity;
    };

    // An exported offline SYSTEM hive has ControlSet001... but no CurrentControlSet
    // (Windows makes that link at boot from Select\Current): follow Select\Current.
    resolved resolve(std::string_view key) {
        resolved r{normalize_key_path(key), {}};
        r.identity = fold_case(r.path);
        static const std::string ccs = "HKEY_LOCAL_MACHINE\\SYSTEM\\CURRENTCONTROLSET";
        const bool under_ccs = r.identity.compare(0, ccs.size(), ccs) == 0 &&
                               (r.identity.size() == ccs.size() || r.identity[ccs.size()] == '\\');
        if (!under_ccs || index->find(ccs)) return r;
        const auto current = value_at("HKEY_LOCAL_MACHINE\\SYSTEM\\SELECT", "Current");
        const auto n = current ? current->try_as_dword() : std::nullopt;
        if (!n || *n == 0 || *n > 999) return r;
        const std::string control_set = fmt::format("ControlSet{:03}", *n);
        const std::size_t start = std::string_view("HKEY_LOCAL_MACHINE\\SYSTEM\\").size();
        r.path.replace(start, ccs.size() - start, control_set);
        r.identity.replace(start, ccs.size() - start, fold_case(control_set));
        return r;
    }

    std::optional<reg_value> value_at(const std::string& identity, std::string_view name) {
        key_node* node = index->find(identity);
        if (!node) return std::nullopt;
        const entry_ref* ref = node->find(node->values, fold_case(name));
        if (!ref) return std::nullopt;
        return doc.keys[ref->section].values[ref->index].value;
    }

    // The path of a new section: existing keys keep their spelling.
    std::string spelled_path(const std::string& path) {
        const auto parts = split_key_path(path);
        std::vector<std::string> spelled;
        std::string id;
        for (const auto& part : parts) {
            if (!id.empty()) id += '\\';
            id += fold_case(part);
            const key_node* n = index->find(id);
            spelled.push_back(n ? n->name : part);
        }
        return join_key_path(spelled);
    }

    // A new key goes right after its parent's subtree, as regedit would have
    // listed it; at the end when a later `[-key]` would delete it there.
    std::size_t placement(const std::string& identity) const {
        const std::size_t end = doc.keys.size();
        const std::size_t cut = identity.rfind('\\');
        if (cut == std::string::npos) return end;
        const std::string parent = identity.substr(0, cut);
        auto within = [](const std::string& id, const std::string& top) {
            return id.size() >= top.size() && id.compare(0, top.size(), top) == 0 &&
                   (id.size() == top.size() || id[top.size()] == '\\');
        };
        std::size_t last = none;
        std::vector<std::string> ids(end);
        for (std::size_t s = 0; s < end; ++s) {
            ids[s] = key_identity(doc.keys[s].path);
            if (!doc.keys[s].deleted && within(ids[s], parent)) last = s;
        }
        if (last == none || last + 1 == end) return end;
        for (std::size_t s = last + 1; s < end; ++s)
            if (doc.keys[s].deleted && within(identity, ids[s])) return end;
        return last + 1;
    }

    void add_section(const std::string& path, const std::string& identity) {
        reg_file_key section;
        section.path = spelled_path(path);
        section.comments_before.push_back("");  // regedit puts a blank line before each key
        const std::size_t at = placement(identity);
        doc.keys.insert(doc.keys.begin() + static_cast<std::ptrdiff_t>(at), std::move(section));
        created_sections.resize(doc.keys.size() - 1, false);
        created_sections.insert(created_sections.begin() + static_cast<std::ptrdiff_t>(at), true);
        if (at + 1 == doc.keys.size()) {
            index->apply_section(doc, at);
        } else {
            rebuild();  // the sections after it moved
        }
    }

    // Comments written before a removed entry stay in the file: they move to what follows.
    void keep_comments(std::vector<std::string>&& comments, std::size_t section, std::size_t index_in_section) {
        if (comments.empty()) return;
        std::vector<std::string>* target = &doc.trailing_comments;
        if (index_in_section < doc.keys[section].values.size()) {
            target = &doc.keys[section].values[index_in_section].comments_before;
        } else if (section + 1 < doc.keys.size()) {
            target = &doc.keys[section + 1].comments_before;
        }
        target->insert(target->begin(), comments.begin(), comments.end());
    }

    [[noreturn]] void fail(std::string_view key, std::string_view name, const std::string& what) const {
        throw registry_error(registry_error::kind::other, std::string(key), std::string(name), 0, what);
    }
};

snapshot_registry::snapshot_registry(std::filesystem::path file) : impl_(std::make_unique<impl>()) {
    impl_->file = std::move(file);
    impl_->label = impl_->file.string();
    impl_->on_disk = read_file(impl_->file);
    impl_->doc = parse_reg(impl_->on_disk, impl_->label);
    impl_->created_sections.assign(impl_->doc.keys.size(), false);
    impl_->rebuild();
}

snapshot_registry::snapshot_registry(reg_document doc, std::string file_label)
    : impl_(std::make_unique<impl>()) {
    impl_->label = std::move(file_label);
    impl_->in_memory = true;
    impl_->doc = std::move(doc);
    impl_->created_sections.assign(impl_->doc.keys.size(), false);
    impl_->rebuild();
}

snapshot_registry::~snapshot_registry() = default;

std::string snapshot_registry::description() const { return "snapshot " + impl_->label; }

bool snapshot_registry::key_exists(std::string_view key) {
    const auto r = impl_->resolve(key);
    return is_root_key(r.path) || impl_->index->find(r.identity) != nullptr;
}

std::vector<std::string> snapshot_registry::subkey_names(std::string_view key) {
    std::vector<std::string> names;
    if (const key_node* node = impl_->index->find(impl_->resolve(key).identity))
        for (const key_node* c : node->children) names.push_back(c->name);
    return names;
}

std::vector<std::string> snapshot_registry::value_names(std::string_view key) {
    std::vector<std::string> names;
    if (const key_node* node = impl_->index->find(impl_->resolve(key).identity))
        for (const auto& r : node->values) names.push_back(impl_->doc.keys[r.section].values[r.index].name);
    return names;
}

std::optional<reg_value> snapshot_registry::find_value(std::string_view key, std::string_view name) {
    return impl_->value_at(impl_->resolve(key).identity, name);
}

void snapshot_registry::set_value(std::string_view key, std::string_view name, const reg_value& value) {
    auto& m = *impl_;
    const auto r = m.resolve(key);
    const auto root = r.path.substr(0, r.path.find('\\'));
    if (!is_root_key(root)) m.fail(key, name, fmt::format("unknown root key '{}'", root));
    const std::string folded = fold_case(name);
    m.written_since_commit = true;

    key_node* node = m.index->find(r.identity);
    if (node) {
        // The value's current line, or the `"name"=-` line that removed it: either
        // is the last word on it, so changing that line in place is enough.
        if (entry_ref* ref = node->find(node->values, folded)) {
            m.doc.keys[ref->section].values[ref->index].value = value;
            return;
        }
        if (entry_ref* ref = node->find(node->deletions, folded)) {
            m.doc.keys[ref->section].values[ref->index].value = value;
            node->values.push_back(*ref);
            node->deletions.erase(node->deletions.begin() + (ref - node->deletions.data()));
            return;
        }
    }
    if (!node || node->last_section == none) {
        m.add_section(r.path, r.identity);
        node = m.index->find(r.identity);
    }
    const std::size_t s = node->last_section;
    reg_file_value entry;
    entry.name = std::string(name);
    entry.value = value;
    m.doc.keys[s].values.push_back(std::move(entry));
    node->values.push_back({folded, s, m.doc.keys[s].values.size() - 1});
}

void snapshot_registry::delete_value(std::string_view key, std::string_view name) {
    auto& m = *impl_;
    const auto r = m.resolve(key);
    key_node* node = m.index->find(r.identity);
    if (!node) return;
    const std::string folded = fold_case(name);
    if (!node->find(node->values, folded)) return;
    m.written_since_commit = true;

    // Remove every line that sets the value since the key was last deleted, so no
    // earlier line comes back into effect.
    bool removed_section = false;
    const std::vector<std::size_t> sections = node->sections;
    for (auto it = sections.rbegin(); it != sections.rend() && !removed_section; ++it) {
        const std::size_t s = *it;
        auto& section = m.doc.keys[s];
        for (std::size_t i = section.values.size(); i-- > 0;) {
            if (!section.values[i].value || fold_case(section.values[i].name) != folded) continue;
            auto comments = std::move(section.values[i].comments_before);
            section.values.erase(section.values.begin() + static_cast<std::ptrdiff_t>(i));
            if (section.values.empty() && m.created_sections[s]) {
                // A section this object added and now emptied goes away with its key.
                m.doc.keys.erase(m.doc.keys.begin() + static_cast<std::ptrdiff_t>(s));
                m.created_sections.erase(m.created_sections.begin() + static_cast<std::ptrdiff_t>(s));
                removed_section = true;
                break;
            }
            m.keep_comments(std::move(comments), s, i);
            // The entries after it moved up by one.
            for (auto* list : {&node->values, &node->deletions})
                for (auto& ref : *list)
                    if (ref.section == s && ref.index > i) --ref.index;
        }
    }
    if (removed_section) {
        m.rebuild();  // sections moved and keys may have gone: replay the document
        return;
    }
    node->values.erase(std::remove_if(node->values.begin(), node->values.end(),
                                      [&](const entry_ref& ref) { return ref.folded_name == folded; }),
                       node->values.end());
}

void snapshot_registry::commit() {
    auto& m = *impl_;
    if (m.in_memory || !m.written_since_commit) return;
    std::string bytes = render_reg(m.doc);
    if (bytes != m.on_disk) {
        // Writes that were all undone (a rollback) may leave the document in a
        // different order; the file is then left alone, byte for byte.
        reg_document before = parse_reg(m.on_disk, m.label);
        key_index before_index(before);
        if (same_state(m.doc, *m.index, before, before_index)) {
            m.doc = std::move(before);
            m.created_sections.assign(m.doc.keys.size(), false);
            m.rebuild();
        } else {
            try {
                write_file_durably(m.file, bytes);
            } catch (const file_error& e) {
                throw registry_error(registry_error::kind::io, "", "", 0, e.what());
            }
            m.on_disk = std::move(bytes);
        }
    }
    m.written_since_commit = false;
}

const reg_document& snapshot_registry::document() const { return impl_->doc; }

const std::filesystem::path& snapshot_registry::file() const { return impl_->file; }

}  // namespace sg
