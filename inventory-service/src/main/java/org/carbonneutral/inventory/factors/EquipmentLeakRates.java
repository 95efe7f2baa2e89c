package org.carbonneutral.inventory.factors;

import static org.carbonneutral.platform.csv.CsvReader.cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MOENV 溫室氣體排放係數管理表 6.0.4, sheet 8 設備之冷媒逸散率排放因子 (IPCC 2006 GL Vol. 3 Table 7.9): per type of
 * refrigeration or air-conditioning equipment, the range of its annual refrigerant leak rate as a percentage of the
 * initial charge ("a≦x≦b"; the sheet's note: developed countries the low end, developing countries the high end).
 */
public final class EquipmentLeakRates {

    public static final String RESOURCE = "factor-library/moenv-6.0.4-equipment-leak-rates.csv";
    public static final String SOURCE = "環境部 溫室氣體排放係數管理表 6.0.4版 (108年6月) 表8 設備之冷媒逸散率排放因子 "
            + "(IPCC 2006 GL Vol. 3 Table 7.9)";

    private static final Pattern RANGE = Pattern.compile("^([\\d.]+)≦x≦([\\d.]+)$");

    /** One equipment type: its names and the leak-rate range, % of charge per year. */
    public record Equipment(String name, String nameEn, BigDecimal low, BigDecimal high) {

        public boolean inRange(BigDecimal percent) {
            return percent.compareTo(low) >= 0 && percent.compareTo(high) <= 0;
        }

        public String label() {
            return name + " (" + nameEn + ")";
        }

        public String range() {
            return low.toPlainString() + "–" + high.toPlainString() + " %";
        }
    }

    private final List<Equipment> equipment;

    private EquipmentLeakRates(List<Equipment> equipment) {
        this.equipment = List.copyOf(equipment);
    }

    public static EquipmentLeakRates load() {
        return parse(ReferenceTables.table(RESOURCE));
    }

    static EquipmentLeakRates parse(List<List<String>> rows) {
        List<Equipment> all = new ArrayList<>();
        for (List<String> row : rows) {
            Matcher m = RANGE.matcher(cell(row, 2).replace(" ", ""));
            if (m.matches()) {
                all.add(new Equipment(cell(row, 0), cell(row, 1).replaceAll("\\s+", " "), new BigDecimal(m.group(1)),
                        new BigDecimal(m.group(2))));
            }
        }
        if (all.stream().noneMatch(e -> e.nameEn().equals("Chillers"))) {
            throw new IllegalStateException(RESOURCE + " lacks the chillers row");
        }
        return new EquipmentLeakRates(all);
    }

    public List<Equipment> all() {
        return equipment;
    }

    /** The equipment type named (Chinese or English, ignoring case, spaces and punctuation). */
    public Optional<Equipment> find(String name) {
        String k = key(name);
        return equipment.stream().filter(e -> key(e.name()).equals(k) || key(e.nameEn()).equals(k)).findFirst();
    }

    private static String key(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\p{Punct}、，（）]", "").toLowerCase(Locale.ROOT);
    }
}
