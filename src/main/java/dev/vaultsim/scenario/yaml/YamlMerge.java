package dev.vaultsim.scenario.yaml;

import dev.vaultsim.scenario.yaml.YamlNode.Entry;
import dev.vaultsim.scenario.yaml.YamlNode.YamlMap;

/**
 * Merges one YAML map over another, as a region's {@code service:} over the top-level one: maps
 * merge key by key, recursively; anything else (lists, scalars) is replaced. Positions stay with
 * the node that supplied each value, so a mistake is reported where it was written.
 */
public final class YamlMerge {

    private YamlMerge() {
    }

    public static YamlNode merge(YamlNode base, YamlNode over) {
        if (base == null) {
            return over;
        }
        if (over == null) {
            return base;
        }
        if (!(base instanceof YamlMap baseMap) || !(over instanceof YamlMap overMap)) {
            return over;
        }
        YamlMap result = new YamlMap(baseMap.entries(), overMap.mark());
        for (Entry entry : overMap.entries()) {
            YamlNode merged = merge(baseMap.get(entry.key()), entry.value());
            result = result.with(entry.key(), entry.keyMark(), merged);
        }
        return result;
    }
}
