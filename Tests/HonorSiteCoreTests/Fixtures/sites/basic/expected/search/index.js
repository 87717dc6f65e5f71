var HonorSiteSearchIndex={"version":1,"termShards":1,"textShardSize":25,"kinds":{"brands":"品牌案例","riders":"最美骑手","events":"实训活动","pages":"页面","reports":"工作报告"},"t":[],"x":[],"w":null,
"docs":[
["brands/futian-red/","红色驿站暖人心","brands","福田区","2025-03-01","2025年3月1日",2025,20250301],
["brands/nanshan-star/","星光服务站","brands","南山区","2024-11-20","2024年11月20日",2024,20241120],
["riders/tian-fu/","田富","riders","福田区",null,null,2025,20251231],
["riders/tian-dali/","田大利","riders","南山区",null,null,2025,20251231],
["riders/bai-yun/","白云","riders","福田区",null,null,2025,20251231],
["riders/si-wei/","司伟","riders","南山区",null,null,2025,20251231],
["events/future/","年终分享会","events","福田区","2027-01-10","2027年1月10日",2027,20270110],
["events/training/","骑手安全培训","events","福田区","2025-06-01","2025年6月1日",2025,20250601],
["events/spring/","春季交流会","events","福田区","2025-03-15T14:30:00+08:00","2025年3月15日",2025,20250315],
["pages/about/","关于","pages",null,null,null,null,0],
["reports/annual-2025/","2025年工作报告","reports",null,"2026-01-10","2026年1月10日",2026,20260110]]};
