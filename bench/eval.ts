import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One labelled question: `ids` lists the citation ids any of which answers it; empty for an off-topic question. */
export interface EvalQuestion {
  readonly q: string;
  readonly ids: readonly string[];
  readonly offTopic?: 'near' | 'chat';
}

export type EvalSplit = 'dev' | 'holdout';

/** The files of each part: see tests/eval/README.md for how they were written and used. */
const FILES: Record<EvalSplit, readonly string[]> = {
  dev: ['dev.json', 'dev-2.json', 'dev-3.json', 'dev-4.json', 'dev-5.json', 'dev-6.json', 'dev-7.json', 'dev-8.json', 'dev-9.json', 'dev-10.json', 'dev-11.json', 'dev-12.json', 'dev-13.json', 'dev-14.json', 'dev-15.json', 'dev-16.json', 'dev-17.json', 'dev-18.json', 'dev-19.json', 'dev-20.json', 'dev-21.json', 'dev-22.json', 'dev-23.json', 'dev-24.json', 'dev-25.json', 'dev-26.json', 'dev-27.json', 'dev-28.json', 'dev-29.json', 'dev-30.json', 'dev-31.json', 'dev-32.json', 'dev-33.json', 'dev-34.json', 'dev-35.json', 'dev-36.json', 'dev-37.json', 'dev-38.json', 'dev-39.json', 'dev-40.json', 'dev-41.json', 'dev-42.json', 'dev-43.json', 'dev-44.json', 'dev-45.json', 'dev-46.json', 'dev-47.json', 'dev-48.json', 'dev-49.json', 'dev-50.json', 'dev-51.json', 'dev-52.json', 'dev-53.json', 'dev-54.json', 'dev-55.json', 'dev-56.json', 'dev-57.json', 'dev-58.json', 'dev-59.json', 'dev-60.json', 'dev-61.json', 'dev-62.json', 'dev-63.json', 'dev-64.json', 'dev-65.json', 'dev-66.json', 'dev-67.json', 'dev-68.json', 'dev-69.json', 'dev-70.json', 'dev-71.json', 'dev-72.json', 'dev-73.json', 'dev-74.json', 'dev-75.json', 'dev-76.json', 'dev-77.json', 'dev-78.json', 'dev-79.json', 'dev-80.json', 'dev-81.json', 'dev-82.json', 'dev-83.json', 'dev-84.json', 'dev-85.json', 'dev-86.json', 'dev-87.json', 'dev-88.json', 'dev-89.json', 'dev-90.json', 'dev-91.json', 'dev-92.json', 'dev-93.json', 'dev-94.json', 'dev-95.json', 'dev-96.json', 'dev-97.json', 'dev-98.json', 'dev-99.json', 'dev-100.json', 'dev-101.json', 'dev-102.json', 'dev-103.json', 'dev-104.json', 'dev-105.json', 'dev-106.json', 'dev-107.json', 'dev-108.json', 'dev-109.json', 'dev-110.json', 'dev-111.json', 'dev-112.json', 'dev-113.json', 'dev-114.json', 'dev-115.json', 'dev-116.json', 'dev-117.json', 'dev-118.json', 'dev-119.json', 'dev-120.json', 'dev-121.json', 'dev-122.json', 'dev-123.json', 'dev-124.json', 'dev-125.json', 'dev-126.json', 'dev-127.json', 'dev-128.json', 'dev-129.json', 'dev-130.json', 'dev-131.json', 'dev-132.json', 'dev-133.json', 'dev-134.json', 'dev-135.json', 'dev-136.json', 'dev-137.json', 'dev-138.json', 'dev-139.json', 'dev-140.json', 'dev-141.json', 'dev-142.json', 'dev-143.json', 'dev-144.json', 'dev-145.json', 'dev-146.json', 'dev-147.json', 'dev-148.json', 'dev-149.json', 'dev-150.json', 'dev-151.json', 'dev-152.json', 'dev-153.json', 'dev-154.json', 'dev-155.json', 'dev-156.json', 'dev-157.json', 'dev-158.json', 'dev-159.json', 'dev-160.json', 'dev-161.json', 'dev-162.json', 'dev-163.json', 'dev-164.json', 'dev-165.json', 'dev-166.json', 'dev-167.json', 'dev-168.json', 'dev-169.json', 'dev-170.json', 'dev-171.json', 'dev-172.json', 'dev-173.json', 'dev-174.json', 'dev-175.json', 'dev-176.json', 'dev-177.json', 'dev-178.json', 'dev-179.json', 'dev-180.json', 'dev-181.json', 'dev-182.json', 'dev-183.json', 'dev-184.json', 'dev-185.json', 'dev-186.json', 'dev-187.json', 'dev-188.json', 'dev-189.json', 'dev-190.json', 'dev-191.json', 'dev-192.json', 'dev-193.json', 'dev-194.json', 'dev-195.json', 'dev-196.json', 'dev-197.json', 'dev-198.json', 'dev-199.json', 'dev-200.json', 'dev-201.json', 'dev-202.json', 'dev-203.json', 'dev-204.json', 'dev-205.json', 'dev-206.json', 'dev-207.json', 'dev-208.json', 'dev-209.json', 'dev-210.json', 'dev-211.json', 'dev-212.json', 'dev-213.json', 'dev-214.json', 'dev-215.json', 'dev-216.json', 'dev-217.json', 'dev-218.json', 'dev-219.json', 'dev-220.json', 'dev-221.json', 'dev-222.json', 'dev-223.json', 'dev-224.json', 'dev-225.json', 'dev-226.json', 'dev-227.json', 'dev-228.json', 'dev-229.json', 'dev-230.json', 'dev-231.json', 'dev-232.json', 'dev-233.json', 'dev-234.json', 'dev-235.json', 'dev-236.json', 'dev-237.json', 'dev-238.json', 'dev-239.json', 'dev-240.json', 'dev-241.json', 'dev-242.json', 'dev-243.json', 'dev-244.json', 'dev-245.json', 'dev-246.json', 'dev-247.json', 'dev-248.json', 'dev-249.json', 'dev-250.json', 'dev-251.json', 'dev-252.json', 'dev-253.json', 'dev-254.json', 'dev-255.json', 'dev-256.json', 'dev-257.json', 'dev-258.json', 'dev-259.json', 'dev-260.json', 'dev-261.json', 'dev-262.json', 'dev-263.json', 'dev-264.json', 'dev-265.json', 'dev-266.json', 'dev-267.json', 'dev-268.json', 'dev-269.json', 'dev-270.json', 'dev-271.json', 'dev-272.json', 'dev-273.json', 'dev-274.json', 'dev-275.json', 'dev-276.json', 'dev-277.json', 'dev-278.json', 'dev-279.json', 'dev-280.json', 'dev-281.json', 'dev-282.json', 'dev-283.json', 'dev-284.json', 'dev-285.json', 'dev-286.json', 'dev-287.json', 'dev-288.json', 'dev-289.json', 'dev-290.json', 'dev-291.json', 'dev-292.json', 'dev-293.json', 'dev-294.json', 'dev-295.json', 'dev-296.json', 'dev-297.json', 'dev-298.json', 'dev-299.json', 'dev-300.json', 'dev-301.json', 'dev-302.json', 'dev-303.json', 'dev-304.json', 'dev-305.json', 'dev-306.json', 'dev-307.json', 'dev-308.json', 'dev-309.json', 'dev-310.json', 'dev-311.json', 'dev-312.json', 'dev-313.json', 'dev-314.json', 'dev-315.json', 'dev-316.json', 'dev-317.json', 'dev-318.json', 'dev-319.json', 'dev-320.json', 'dev-321.json', 'dev-322.json', 'dev-323.json', 'dev-324.json', 'dev-325.json', 'dev-326.json', 'dev-327.json', 'dev-328.json', 'dev-329.json', 'dev-330.json', 'dev-331.json', 'dev-332.json', 'dev-333.json', 'dev-334.json', 'dev-335.json', 'dev-336.json', 'dev-337.json', 'dev-338.json', 'dev-339.json', 'dev-340.json', 'dev-341.json', 'dev-342.json', 'dev-343.json', 'dev-344.json', 'dev-345.json', 'dev-346.json', 'dev-347.json', 'dev-348.json', 'dev-349.json', 'dev-350.json', 'dev-351.json', 'dev-352.json', 'dev-353.json', 'dev-354.json', 'dev-355.json', 'dev-356.json', 'dev-357.json', 'dev-358.json', 'dev-359.json', 'dev-360.json', 'dev-361.json', 'dev-362.json', 'dev-363.json', 'dev-364.json', 'dev-365.json', 'dev-366.json', 'dev-367.json', 'dev-368.json', 'dev-369.json', 'dev-370.json', 'dev-371.json', 'dev-372.json', 'dev-373.json', 'dev-374.json', 'dev-375.json', 'dev-376.json', 'dev-377.json', 'dev-378.json', 'dev-379.json', 'dev-380.json', 'dev-381.json', 'dev-382.json', 'dev-383.json', 'dev-384.json', 'dev-385.json', 'dev-386.json', 'dev-387.json', 'dev-388.json', 'dev-389.json', 'dev-390.json', 'dev-391.json', 'dev-392.json', 'dev-393.json', 'dev-394.json', 'dev-395.json', 'dev-396.json', 'dev-397.json', 'dev-398.json', 'dev-399.json', 'dev-400.json', 'dev-401.json', 'dev-402.json', 'dev-403.json', 'dev-404.json', 'dev-405.json', 'dev-406.json', 'dev-407.json', 'dev-408.json', 'dev-409.json', 'dev-410.json', 'dev-411.json', 'dev-412.json', 'dev-413.json', 'dev-414.json', 'dev-415.json', 'dev-416.json', 'dev-417.json', 'dev-418.json', 'dev-419.json', 'dev-420.json', 'dev-421.json', 'dev-422.json', 'dev-423.json', 'dev-424.json', 'dev-425.json', 'dev-426.json', 'dev-427.json', 'dev-428.json', 'dev-429.json', 'dev-430.json', 'dev-431.json', 'dev-432.json', 'dev-433.json', 'dev-434.json', 'dev-435.json', 'dev-436.json', 'dev-437.json', 'dev-438.json', 'dev-439.json', 'dev-440.json', 'dev-441.json', 'dev-442.json', 'dev-443.json', 'dev-444.json', 'dev-445.json', 'dev-446.json', 'dev-447.json', 'dev-448.json', 'dev-449.json', 'dev-450.json', 'dev-451.json', 'dev-452.json', 'dev-453.json', 'dev-454.json', 'dev-455.json', 'dev-456.json', 'dev-457.json', 'dev-458.json', 'dev-459.json', 'dev-460.json', 'dev-461.json', 'dev-462.json', 'dev-463.json', 'dev-464.json', 'dev-465.json', 'dev-466.json', 'dev-467.json', 'dev-468.json', 'dev-469.json', 'dev-470.json', 'dev-471.json', 'dev-472.json', 'dev-473.json', 'dev-474.json', 'dev-475.json', 'dev-476.json', 'dev-477.json', 'dev-478.json', 'dev-479.json', 'dev-480.json', 'dev-481.json', 'dev-482.json', 'dev-483.json', 'dev-484.json', 'dev-485.json', 'dev-486.json', 'dev-487.json', 'dev-488.json', 'dev-489.json', 'dev-490.json', 'dev-491.json', 'dev-492.json', 'dev-493.json', 'dev-494.json', 'dev-495.json', 'dev-496.json', 'dev-497.json', 'dev-498.json', 'dev-499.json', 'dev-500.json', 'dev-501.json', 'dev-502.json', 'dev-503.json', 'dev-504.json', 'dev-505.json', 'dev-506.json', 'dev-507.json', 'dev-508.json', 'dev-509.json', 'dev-510.json', 'dev-511.json', 'dev-512.json', 'dev-513.json', 'dev-514.json', 'dev-515.json', 'dev-516.json', 'dev-517.json', 'dev-518.json', 'dev-519.json', 'dev-520.json', 'dev-521.json', 'dev-522.json', 'dev-523.json', 'dev-524.json', 'dev-525.json', 'dev-526.json', 'dev-527.json', 'dev-528.json', 'dev-529.json', 'dev-530.json', 'dev-531.json', 'dev-532.json', 'dev-533.json', 'dev-534.json', 'dev-535.json', 'dev-536.json', 'dev-537.json', 'dev-538.json', 'dev-539.json', 'dev-540.json', 'dev-541.json', 'dev-542.json', 'dev-543.json', 'dev-544.json', 'dev-545.json', 'dev-546.json', 'dev-547.json', 'dev-548.json', 'dev-549.json', 'dev-550.json', 'dev-551.json', 'dev-552.json', 'dev-553.json', 'dev-554.json', 'dev-555.json', 'dev-556.json', 'dev-557.json', 'dev-558.json', 'dev-559.json', 'dev-560.json', 'dev-561.json', 'dev-562.json', 'dev-563.json', 'dev-564.json', 'dev-565.json', 'dev-566.json', 'dev-567.json', 'dev-568.json', 'dev-569.json', 'dev-570.json', 'dev-571.json', 'dev-572.json', 'dev-573.json', 'dev-574.json', 'dev-575.json', 'dev-576.json', 'dev-577.json', 'dev-578.json', 'dev-579.json', 'dev-580.json', 'dev-581.json', 'dev-582.json', 'dev-583.json', 'dev-584.json', 'dev-585.json', 'dev-586.json', 'dev-587.json', 'dev-588.json', 'dev-589.json', 'dev-590.json', 'dev-591.json', 'dev-592.json', 'dev-593.json', 'dev-594.json', 'dev-595.json', 'dev-596.json', 'dev-597.json', 'dev-598.json', 'dev-599.json', 'dev-600.json', 'dev-601.json', 'dev-602.json', 'dev-603.json', 'dev-604.json', 'dev-605.json', 'dev-606.json', 'dev-607.json', 'dev-608.json', 'dev-609.json', 'dev-610.json', 'dev-611.json', 'dev-612.json', 'dev-613.json', 'dev-614.json', 'dev-615.json', 'dev-616.json', 'dev-617.json', 'dev-618.json', 'dev-619.json', 'dev-620.json', 'dev-621.json', 'dev-622.json', 'dev-623.json', 'dev-624.json', 'dev-625.json', 'dev-626.json', 'dev-627.json', 'dev-628.json', 'dev-629.json', 'dev-630.json', 'dev-631.json', 'dev-632.json', 'dev-633.json', 'dev-634.json', 'dev-635.json', 'dev-636.json', 'dev-637.json', 'dev-638.json', 'dev-639.json', 'dev-640.json', 'dev-641.json', 'dev-642.json', 'dev-643.json', 'dev-644.json', 'dev-645.json', 'dev-646.json', 'dev-647.json', 'dev-648.json', 'dev-649.json', 'dev-650.json', 'dev-651.json', 'dev-652.json', 'dev-653.json', 'dev-654.json', 'dev-655.json', 'dev-656.json', 'dev-657.json', 'dev-658.json', 'dev-659.json', 'dev-660.json', 'dev-661.json', 'dev-662.json', 'dev-663.json', 'dev-664.json', 'dev-665.json', 'dev-666.json', 'dev-667.json', 'dev-668.json', 'dev-669.json', 'dev-670.json', 'dev-671.json', 'dev-672.json', 'dev-673.json', 'dev-674.json', 'dev-675.json', 'dev-676.json', 'dev-677.json', 'dev-678.json', 'dev-679.json', 'dev-680.json', 'dev-681.json', 'dev-682.json', 'dev-683.json', 'dev-684.json', 'dev-685.json', 'dev-686.json', 'dev-687.json', 'dev-688.json', 'dev-689.json', 'dev-690.json', 'dev-691.json', 'dev-692.json', 'dev-693.json', 'dev-694.json', 'dev-695.json', 'dev-696.json', 'dev-697.json', 'dev-698.json', 'dev-699.json', 'dev-700.json', 'dev-701.json', 'dev-702.json', 'dev-703.json', 'dev-704.json', 'dev-705.json', 'dev-706.json', 'dev-707.json', 'dev-708.json', 'dev-709.json', 'dev-710.json', 'dev-711.json', 'dev-712.json', 'dev-713.json', 'dev-714.json', 'dev-715.json', 'dev-716.json', 'dev-717.json', 'dev-718.json', 'dev-719.json', 'dev-720.json', 'dev-721.json', 'dev-722.json', 'dev-723.json', 'dev-724.json', 'dev-725.json', 'dev-726.json', 'dev-727.json', 'dev-728.json', 'dev-729.json', 'dev-730.json', 'dev-731.json', 'dev-732.json', 'dev-733.json', 'dev-734.json', 'dev-735.json', 'dev-736.json', 'dev-737.json', 'dev-738.json', 'dev-739.json', 'dev-740.json', 'dev-741.json', 'dev-742.json', 'dev-743.json', 'dev-744.json', 'dev-745.json', 'dev-746.json', 'dev-747.json', 'dev-748.json', 'dev-749.json', 'dev-750.json', 'dev-751.json', 'dev-752.json', 'dev-753.json', 'dev-754.json', 'dev-755.json', 'dev-756.json', 'dev-757.json', 'dev-758.json', 'dev-759.json', 'dev-760.json', 'dev-761.json', 'dev-762.json', 'dev-763.json', 'dev-764.json', 'dev-765.json', 'dev-766.json', 'dev-767.json', 'dev-768.json', 'dev-769.json', 'dev-770.json', 'dev-771.json', 'dev-772.json', 'dev-773.json', 'dev-774.json', 'dev-775.json', 'dev-776.json', 'dev-777.json', 'dev-778.json', 'dev-779.json', 'dev-780.json', 'dev-781.json', 'dev-782.json', 'dev-783.json', 'dev-784.json', 'dev-785.json', 'dev-786.json', 'dev-787.json', 'dev-788.json', 'dev-789.json', 'dev-790.json', 'dev-791.json', 'dev-792.json', 'dev-793.json', 'dev-794.json', 'dev-795.json', 'dev-796.json', 'dev-797.json', 'dev-798.json', 'dev-799.json', 'dev-800.json', 'dev-801.json', 'dev-802.json', 'dev-803.json', 'dev-804.json', 'dev-805.json', 'dev-806.json', 'dev-807.json', 'dev-808.json', 'dev-809.json', 'dev-810.json', 'dev-811.json', 'dev-812.json', 'dev-813.json', 'dev-814.json', 'dev-815.json', 'dev-816.json', 'dev-817.json', 'dev-818.json', 'dev-819.json', 'dev-820.json', 'dev-821.json', 'dev-822.json', 'dev-823.json', 'dev-824.json', 'dev-825.json', 'dev-826.json', 'dev-827.json', 'dev-828.json', 'dev-829.json', 'dev-830.json', 'dev-831.json', 'dev-832.json', 'dev-833.json', 'dev-834.json', 'dev-835.json', 'dev-836.json', 'dev-837.json', 'dev-838.json', 'dev-839.json', 'dev-840.json', 'dev-841.json', 'dev-842.json', 'dev-843.json', 'dev-844.json', 'dev-845.json', 'dev-846.json', 'dev-847.json', 'dev-848.json', 'dev-849.json', 'dev-850.json', 'dev-851.json', 'dev-852.json', 'dev-853.json', 'dev-854.json', 'dev-855.json', 'dev-856.json', 'dev-857.json', 'dev-858.json', 'dev-859.json', 'dev-860.json', 'dev-861.json', 'dev-862.json', 'dev-863.json', 'dev-864.json', 'dev-865.json', 'dev-866.json', 'dev-867.json', 'dev-868.json', 'dev-869.json', 'dev-870.json', 'dev-871.json', 'dev-872.json', 'dev-873.json', 'dev-874.json', 'dev-875.json', 'dev-876.json', 'dev-877.json', 'dev-878.json', 'dev-879.json', 'dev-880.json', 'dev-881.json', 'dev-882.json', 'dev-883.json', 'dev-884.json', 'dev-885.json', 'dev-886.json', 'dev-887.json', 'dev-888.json', 'dev-889.json', 'dev-890.json', 'dev-891.json', 'dev-892.json', 'dev-893.json', 'dev-894.json', 'dev-895.json', 'dev-896.json', 'dev-897.json', 'dev-898.json', 'dev-899.json', 'dev-900.json', 'dev-901.json', 'dev-902.json', 'dev-903.json', 'dev-904.json', 'dev-905.json', 'dev-906.json', 'dev-907.json', 'dev-908.json', 'dev-909.json', 'dev-910.json', 'dev-911.json', 'dev-912.json', 'dev-913.json', 'dev-914.json', 'dev-915.json', 'dev-916.json', 'dev-917.json', 'dev-918.json', 'dev-919.json', 'dev-920.json', 'dev-921.json', 'dev-922.json', 'dev-923.json', 'dev-924.json', 'dev-925.json', 'dev-926.json', 'dev-927.json', 'dev-928.json', 'dev-929.json', 'dev-930.json', 'dev-931.json', 'dev-932.json', 'dev-933.json', 'dev-934.json', 'dev-935.json', 'dev-936.json', 'dev-937.json', 'dev-938.json', 'dev-939.json', 'dev-940.json', 'dev-941.json', 'dev-942.json', 'dev-943.json', 'dev-944.json', 'dev-945.json', 'dev-946.json', 'dev-947.json', 'dev-948.json', 'dev-949.json', 'dev-950.json', 'dev-951.json', 'dev-952.json', 'dev-953.json', 'dev-954.json', 'dev-955.json', 'dev-956.json', 'dev-957.json', 'dev-958.json', 'dev-959.json', 'dev-960.json', 'dev-961.json', 'dev-962.json', 'dev-963.json', 'dev-964.json', 'dev-965.json', 'dev-966.json', 'dev-967.json', 'dev-968.json', 'dev-969.json', 'dev-970.json', 'dev-971.json', 'dev-972.json'],
  holdout: ['holdout.json'],
};

export function loadEvalSet(split: EvalSplit): EvalQuestion[] {
  return FILES[split].flatMap((file) => {
    const path = fileURLToPath(new URL(`../tests/eval/${file}`, import.meta.url));
    return JSON.parse(readFileSync(path, 'utf8')) as EvalQuestion[];
  });
}

/** What a system did with one question. */
export interface Outcome {
  readonly kind: 'answer' | 'suggest' | 'abstain';
  readonly citations: readonly string[];
  /** The Q&A entry answered, where the system has entries. */
  readonly entry?: string | null;
  /** For "did you mean": the entries offered. */
  readonly offered?: readonly string[];
}

/** A question-answering system under evaluation. */
export interface System {
  readonly name: string;
  ask(question: string): Outcome;
}

/** An answer is right when it cites a labelled sentence and at most three sentences. */
export const MAX_CITATIONS_PLAIN = 3;

export interface Miss {
  readonly q: string;
  readonly expected: readonly string[];
  readonly got: Outcome;
}

export interface Scores {
  readonly inScope: number;
  readonly offTopic: number;
  /** Share of in-scope questions answered right at top 1. */
  readonly top1: number;
  /** Share of off-topic questions the system abstained on. */
  readonly abstained: number;
  readonly suggestedInScope: number;
  readonly suggestedOffTopic: number;
  readonly meanCitations: number;
  readonly misses: readonly Miss[];
}

export function isRight(question: EvalQuestion, outcome: Outcome): boolean {
  return (
    outcome.kind === 'answer' &&
    outcome.citations.length > 0 &&
    outcome.citations.length <= MAX_CITATIONS_PLAIN &&
    outcome.citations.some((id) => question.ids.includes(id))
  );
}

/** Runs every question through the system and scores it. */
export function score(system: System, set: readonly EvalQuestion[]): Scores {
  const misses: Miss[] = [];
  let right = 0;
  let abstained = 0;
  let suggestedIn = 0;
  let suggestedOff = 0;
  let answers = 0;
  let citations = 0;
  const inScope = set.filter((q) => q.ids.length > 0);
  const offTopic = set.filter((q) => q.ids.length === 0);
  for (const question of set) {
    const got = system.ask(question.q);
    if (got.kind === 'answer') {
      answers++;
      citations += got.citations.length;
    }
    if (question.ids.length > 0) {
      if (isRight(question, got)) right++;
      else misses.push({ q: question.q, expected: question.ids, got });
      if (got.kind === 'suggest') suggestedIn++;
    } else {
      if (got.kind === 'abstain') abstained++;
      else misses.push({ q: question.q, expected: [], got });
      if (got.kind === 'suggest') suggestedOff++;
    }
  }
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return {
    inScope: inScope.length,
    offTopic: offTopic.length,
    top1: share(right, inScope.length),
    abstained: share(abstained, offTopic.length),
    suggestedInScope: share(suggestedIn, inScope.length),
    suggestedOffTopic: share(suggestedOff, offTopic.length),
    meanCitations: share(citations, answers),
    misses,
  };
}
