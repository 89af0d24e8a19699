package dev.frontline.demo;

import java.util.List;

/** Thirty customers writing in English, Simplified and Traditional Chinese, and Korean. */
final class DemoCustomers {

    record Customer(String name, String email, String company, String language, String timezone) {
    }

    private DemoCustomers() {
    }

    static List<Customer> all() {
        return List.of(
                new Customer("Olivia Bennett", "olivia.bennett@example.com", "Northwind Traders", "en", "America/New_York"),
                new Customer("Liam Carter", "liam.carter@example.com", "Contoso", "en", "America/Chicago"),
                new Customer("Emma Walsh", "emma.walsh@example.com", "Fabrikam", "en", "Europe/London"),
                new Customer("Noah Patel", "noah.patel@example.com", "Tailspin Toys", "en", "Europe/London"),
                new Customer("Ava Thompson", "ava.thompson@example.com", "Adventure Works", "en", "America/Los_Angeles"),
                new Customer("Lucas Meyer", "lucas.meyer@example.com", "Wide World Importers", "en", "Europe/Berlin"),
                new Customer("Sophia Nguyen", "sophia.nguyen@example.com", "Blue Yonder", "en", "Australia/Sydney"),
                new Customer("James O'Connor", "james.oconnor@example.com", "Litware", "en", "Europe/Dublin"),
                new Customer("Mia Rossi", "mia.rossi@example.com", "Proseware", "en", "Europe/Rome"),
                new Customer("Ethan Brooks", "ethan.brooks@example.com", "Woodgrove Bank", "en", "America/Toronto"),
                new Customer("王芳", "wang.fang@example.cn", "北京星辰科技", "zh-CN", "Asia/Shanghai"),
                new Customer("张伟", "zhang.wei@example.cn", "上海云帆物流", "zh-CN", "Asia/Shanghai"),
                new Customer("刘洋", "liu.yang@example.cn", "深圳蓝海电子", "zh-CN", "Asia/Shanghai"),
                new Customer("陈静", "chen.jing@example.cn", "杭州青禾电商", "zh-CN", "Asia/Shanghai"),
                new Customer("赵磊", "zhao.lei@example.cn", "成都天府旅行", "zh-CN", "Asia/Shanghai"),
                new Customer("林志明", "lin.zhiming@example.tw", "台北光華資訊", "zh-TW", "Asia/Taipei"),
                new Customer("黃美玲", "huang.meiling@example.tw", "高雄港灣貿易", "zh-TW", "Asia/Taipei"),
                new Customer("吳家豪", "wu.jiahao@example.hk", "香港海景酒店", "zh-TW", "Asia/Hong_Kong"),
                new Customer("蔡宜君", "tsai.yichun@example.tw", "台中綠野食品", "zh-TW", "Asia/Taipei"),
                new Customer("鄭凱文", "cheng.kaiwen@example.tw", "新竹晶圓設計", "zh-TW", "Asia/Taipei"),
                new Customer("김민준", "minjun.kim@example.kr", "서울테크", "ko", "Asia/Seoul"),
                new Customer("이서연", "seoyeon.lee@example.kr", "한빛물산", "ko", "Asia/Seoul"),
                new Customer("박도윤", "doyoon.park@example.kr", "부산해운", "ko", "Asia/Seoul"),
                new Customer("최지우", "jiwoo.choi@example.kr", "누리커머스", "ko", "Asia/Seoul"),
                new Customer("정하은", "haeun.jung@example.kr", "다온헬스케어", "ko", "Asia/Seoul"),
                new Customer("강시우", "siwoo.kang@example.kr", "미래에너지", "ko", "Asia/Seoul"),
                new Customer("윤서준", "seojun.yoon@example.kr", "가온소프트", "ko", "Asia/Seoul"),
                new Customer("장예린", "yerin.jang@example.kr", "별빛여행사", "ko", "Asia/Seoul"),
                new Customer("임하준", "hajun.lim@example.kr", "한결금융", "ko", "Asia/Seoul"),
                new Customer("한지민", "jimin.han@example.kr", "청담뷰티", "ko", "Asia/Seoul"));
    }
}
