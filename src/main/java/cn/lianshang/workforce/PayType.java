package cn.lianshang.workforce;

/** How a job pays: per day or per hour, an amount in yuan. */
enum PayType {

	DAILY, HOURLY

}
